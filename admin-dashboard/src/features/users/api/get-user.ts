import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { User } from './get-users';
import { queryKeys } from '@/lib/query-keys';

export function getUser(id: number): Promise<User> {
  return unwrap(api.GET('/api/v1/users/{user_id}', { params: { path: { user_id: id } } }));
}

export function getUserQueryOptions(id: number) {
  return queryOptions({ queryKey: queryKeys.users.detail(id), queryFn: () => getUser(id) });
}

export function useUser(id: number) {
  return useQuery(getUserQueryOptions(id));
}
