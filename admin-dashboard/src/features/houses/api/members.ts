/** A house's members: listing (with the history), adding (an existing person or a new one), changing, removing. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { invalidateDomain, queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];
export type Member = Schemas['MemberRead'];
export type MemberAdd = Schemas['MemberAdd'];
export type MemberUpdate = Schemas['MemberUpdate'];
export type Relation = Schemas['Relation'];
export type Person = Schemas['MaskedUserRead'];

export const RELATIONS: Relation[] = ['owner', 'co_owner', 'tenant', 'family', 'agent'];

export function getMembers(houseId: number, includePast: boolean): Promise<Member[]> {
  return unwrap(api.GET('/api/v1/houses/{house_id}/members', { params: { path: { house_id: houseId }, query: { include_past: includePast } } }));
}

export function useMembers(houseId: number, includePast: boolean) {
  return useQuery({
    queryKey: queryKeys.houses.members(houseId, includePast),
    queryFn: () => getMembers(houseId, includePast),
    placeholderData: keepPreviousData,
  });
}

/** People to add as a member: the users list's search (name, phone or email). */
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.users.search(q),
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { q, per_page: 10, sort: 'full_name' } } })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}

function useMembersChanged() {
  const queryClient = useQueryClient();
  return () => invalidateDomain(queryClient, 'houses');
}

export function useAddMember(houseId: number) {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (body: MemberAdd) => unwrap(api.POST('/api/v1/houses/{house_id}/members', { params: { path: { house_id: houseId } }, body })),
    onSuccess: changed,
  });
}

export function useUpdateMember(houseId: number) {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: number; body: MemberUpdate }) =>
      unwrap(api.PATCH('/api/v1/houses/{house_id}/members/{member_id}', { params: { path: { house_id: houseId, member_id: memberId } }, body })),
    onSuccess: changed,
  });
}

export function useRemoveMember(houseId: number) {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: async (memberId: number) => {
      await unwrap(api.DELETE('/api/v1/houses/{house_id}/members/{member_id}', { params: { path: { house_id: houseId, member_id: memberId } } }));
    },
    onSuccess: changed,
  });
}
