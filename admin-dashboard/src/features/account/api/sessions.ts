import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api.gen';
import { queryKeys } from '@/lib/query-keys';

export type Session = components['schemas']['SessionRead'];

export function getSessions(): Promise<Session[]> {
  return unwrap(api.GET('/auth/sessions'));
}

export function getSessionsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.sessions, queryFn: getSessions });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}

export async function endSession(id: string): Promise<void> {
  await unwrap(api.DELETE('/auth/sessions/{session_id}', { params: { path: { session_id: id } } }));
}

export function endOtherSessions() {
  return unwrap(api.POST('/auth/sessions/revoke-others'));
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endOtherSessions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
