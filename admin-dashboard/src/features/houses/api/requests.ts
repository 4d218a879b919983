/** The approval queue: people who signed up naming a house. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { invalidateDomain, queryKeys } from '@/lib/query-keys';
import type { components, paths } from '@/types/api.gen';

export type MembershipRequest = components['schemas']['MembershipRequestRead'];
export type RequestStatus = components['schemas']['RequestStatus'];
export type RequestsQuery = NonNullable<paths['/api/v1/membership-requests']['get']['parameters']['query']>;

export function useMembershipRequests(query: RequestsQuery) {
  return useQuery({
    queryKey: queryKeys.membershipRequests(query),
    queryFn: () => unwrap(api.GET('/api/v1/membership-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

function useDecided() {
  const queryClient = useQueryClient();
  return () => invalidateDomain(queryClient, 'membershipRequests');
}

/** Approve: into the house with the number given (404 when there is none), or into `houseId`. */
export function useApproveRequest() {
  const decided = useDecided();
  return useMutation({
    mutationFn: ({ id, houseId }: { id: number; houseId?: number }) =>
      unwrap(api.POST('/api/v1/membership-requests/{request_id}/approve', { params: { path: { request_id: id } }, body: houseId ? { house_id: houseId } : {} })),
    onSuccess: decided,
  });
}

export function useRejectRequest() {
  const decided = useDecided();
  return useMutation({
    mutationFn: ({ id, note }: { id: number; note: string }) =>
      unwrap(api.POST('/api/v1/membership-requests/{request_id}/reject', { params: { path: { request_id: id } }, body: { note } })),
    onSuccess: decided,
  });
}
