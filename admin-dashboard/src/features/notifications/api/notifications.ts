import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { invalidateDomain, queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api.gen';

export type Notification = components['schemas']['NotificationRead'];
export type NotificationPage = components['schemas']['NotificationPage'];

/** How often the bell asks for the unread count while the page is open. */
export const UNREAD_POLL_MS = 60_000;

export interface NotificationsQuery {
  page: number;
  per_page: number;
  unread_only?: boolean;
}

export function getNotifications(query: NotificationsQuery): Promise<NotificationPage> {
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query } }));
}

export function useNotifications(query: NotificationsQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.notifications.list(query),
    queryFn: () => getNotifications(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The bell's badge: polled, and refreshed when the window gets focus again. */
export function useUnreadCount() {
  return useQuery({
    queryKey: queryKeys.notifications.unread,
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications/unread-count')),
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/v1/me/notifications/{notification_id}/read', { params: { path: { notification_id: id } } })),
    onSuccess: () => invalidateDomain(queryClient, 'notifications'),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    onSuccess: () => invalidateDomain(queryClient, 'notifications'),
  });
}
