/** The houses: list, one house, zones, and every change to them. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { invalidateDomain, queryKeys } from '@/lib/query-keys';
import type { components, paths } from '@/types/api.gen';

type Schemas = components['schemas'];
export type House = Schemas['HouseRead'];
export type HouseDetail = Schemas['HouseDetail'];
export type HousePage = Schemas['HousePage'];
export type HouseCreate = Schemas['HouseCreate'];
export type HouseUpdate = Schemas['HouseUpdate'];
export type PlotType = Schemas['PlotType'];
export type Occupancy = Schemas['Occupancy'];
export type HousesQuery = NonNullable<paths['/api/v1/houses']['get']['parameters']['query']>;
export type HouseSort = NonNullable<HousesQuery['sort']>;

const path = (id: number) => ({ params: { path: { house_id: id } } });

export function getHouses(query: HousesQuery): Promise<HousePage> {
  return unwrap(api.GET('/api/v1/houses', { params: { query } }));
}

export function getHousesQueryOptions(query: HousesQuery) {
  return queryOptions({ queryKey: queryKeys.houses.list(query), queryFn: () => getHouses(query) });
}

export function useHouses(query: HousesQuery, enabled = true) {
  return useQuery({ ...getHousesQueryOptions(query), placeholderData: keepPreviousData, enabled });
}

export function getHouse(id: number): Promise<HouseDetail> {
  return unwrap(api.GET('/api/v1/houses/{house_id}', path(id)));
}

export function useHouse(id: number) {
  return useQuery({ queryKey: queryKeys.houses.detail(id), queryFn: () => getHouse(id) });
}

export function getZones(): Promise<string[]> {
  return unwrap(api.GET('/api/v1/houses/zones'));
}

export function useZones() {
  return useQuery({ queryKey: queryKeys.zones, queryFn: getZones, staleTime: 60_000 });
}

function useHousesChanged() {
  const queryClient = useQueryClient();
  return () => invalidateDomain(queryClient, 'houses');
}

export function useCreateHouse() {
  const changed = useHousesChanged();
  return useMutation({
    mutationFn: (body: HouseCreate) => unwrap(api.POST('/api/v1/houses', { body })),
    onSuccess: changed,
  });
}

export function useUpdateHouse(id: number) {
  const changed = useHousesChanged();
  return useMutation({
    mutationFn: (body: HouseUpdate) => unwrap(api.PATCH('/api/v1/houses/{house_id}', { ...path(id), body })),
    onSuccess: changed,
  });
}

export function useArchiveHouse(id: number) {
  const changed = useHousesChanged();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/houses/{house_id}/archive', path(id))), onSuccess: changed });
}

export function useRestoreHouse(id: number) {
  const changed = useHousesChanged();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/houses/{house_id}/restore', path(id))), onSuccess: changed });
}

export function useDeleteHouse(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.DELETE('/api/v1/houses/{house_id}', path(id)));
    },
    // Not the deleted house's own page, which would ask for it again (404).
    onSuccess: () => invalidateDomain(queryClient, 'houses', (key) => key[0] === 'houses' && key[2] === id),
  });
}
