/** The village profile (GET /api/v1/village, anyone signed in): its names head letters and pages. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/types/api.gen';

import { api, unwrap } from './api-client';
import { invalidateDomain, queryKeys } from './query-keys';

export type Village = components['schemas']['VillageRead'];
export type VillageUpdate = components['schemas']['VillageUpdate'];

export function getVillage(): Promise<Village> {
  return unwrap(api.GET('/api/v1/village'));
}

export function useVillage() {
  return useQuery({ queryKey: queryKeys.village, queryFn: getVillage, staleTime: 5 * 60_000 });
}

export function useUpdateVillage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VillageUpdate) => unwrap(api.PATCH('/api/v1/village', { body })),
    onSuccess: (village) => {
      queryClient.setQueryData(queryKeys.village, village);
      return invalidateDomain(queryClient, 'village');
    },
  });
}
