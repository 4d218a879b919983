import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api.gen';
import { queryKeys } from '@/lib/query-keys';

export type UserStats = components['schemas']['UserStats'];

export function getUserStats(days: number): Promise<UserStats> {
  return unwrap(api.GET('/api/v1/users/stats', { params: { query: { days } } }));
}

export function getUserStatsQueryOptions(days: number) {
  return queryOptions({ queryKey: queryKeys.stats(days), queryFn: () => getUserStats(days) });
}

export function useUserStats(days: number) {
  return useQuery(getUserStatsQueryOptions(days));
}
