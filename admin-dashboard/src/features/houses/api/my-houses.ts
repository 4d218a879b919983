import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api.gen';

export type MyHouse = components['schemas']['MyHouse'];

/** The signed-in person's houses, with their current members (GET /api/v1/me/houses). */
export function getMyHouses(): Promise<MyHouse[]> {
  return unwrap(api.GET('/api/v1/me/houses'));
}

export function useMyHouses() {
  return useQuery({ queryKey: queryKeys.myHouses, queryFn: getMyHouses });
}
