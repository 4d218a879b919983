/**
 * Privacy (PDPA): the notice and its acceptance, a person's data export and
 * data requests, the office's queue of requests, and erasure.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { invalidateDomain, queryKeys } from '@/lib/query-keys';
import type { components, paths } from '@/types/api.gen';

export type Notice = components['schemas']['NoticeRead'];
export type DataRequest = components['schemas']['DataRequestRead'];
export type DataRequestType = components['schemas']['DataRequestType'];
export type DataRequestStatus = components['schemas']['DataRequestStatus'];
export type DataExport = components['schemas']['DataExport'];
export type DataRequestsQuery = NonNullable<paths['/api/v1/data-requests']['get']['parameters']['query']>;

export const REQUEST_TYPES: DataRequestType[] = ['access', 'rectification', 'erasure', 'objection'];
export const REQUEST_STATUSES: DataRequestStatus[] = ['pending', 'completed', 'rejected'];

export function useNotice() {
  return useQuery({ queryKey: queryKeys.privacy.notice, queryFn: () => unwrap(api.GET('/api/v1/privacy-notice')) });
}

/** Accept the current version; /auth/me then says nothing is pending and the app opens. */
export function useAcceptNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/v1/privacy-notice/accept', { body: { version } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      await invalidateDomain(queryClient, 'privacy');
    },
  });
}

export function exportMyData(): Promise<DataExport> {
  return unwrap(api.POST('/api/v1/me/data-export'));
}

export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData });
}

export function useMyDataRequests(query: { page: number; per_page: number }) {
  return useQuery({
    queryKey: queryKeys.privacy.myRequests(query),
    queryFn: () => unwrap(api.GET('/api/v1/me/data-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useFileDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['DataRequestCreate']) => unwrap(api.POST('/api/v1/me/data-requests', { body })),
    onSuccess: () => invalidateDomain(queryClient, 'privacy'),
  });
}

export function useDataRequests(query: DataRequestsQuery) {
  return useQuery({
    queryKey: queryKeys.privacy.requests(query),
    queryFn: () => unwrap(api.GET('/api/v1/data-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useDecideDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: number; decision: 'complete' | 'reject'; note: string }) => {
      const params = { path: { data_request_id: id } };
      return unwrap(
        decision === 'complete'
          ? api.POST('/api/v1/data-requests/{data_request_id}/complete', { params, body: { note } })
          : api.POST('/api/v1/data-requests/{data_request_id}/reject', { params, body: { note } }),
      );
    },
    onSuccess: () => invalidateDomain(queryClient, 'privacy'),
  });
}

/** Erase (anonymise) a person; with `requestId`, their erasure request is completed too. */
export function useEraseUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, requestId, note }: { userId: number; requestId?: number; note?: string }) =>
      unwrap(
        api.POST('/api/v1/users/{user_id}/erase', {
          params: { path: { user_id: userId } },
          body: { ...(requestId ? { request_id: requestId } : {}), ...(note ? { note } : {}) },
        }),
      ),
    onSuccess: () => invalidateDomain(queryClient, 'privacy'),
  });
}
