import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';
import { queryKeys } from '@/lib/query-keys';

export type User = components['schemas']['UserRead'];
export type UserPage = components['schemas']['UserPage'];
export type UsersQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type UserSort = NonNullable<UsersQuery['sort']>;

export function getUsers(query: UsersQuery): Promise<UserPage> {
  return unwrap(api.GET('/api/v1/users', { params: { query } }));
}

export function getUsersQueryOptions(query: UsersQuery) {
  return queryOptions({ queryKey: queryKeys.users.list(query), queryFn: () => getUsers(query) });
}

export function useUsers(query: UsersQuery) {
  return useQuery({ ...getUsersQueryOptions(query), placeholderData: keepPreviousData });
}
