/** The houses list's search, filters, sort and page, in the URL (`/houses?q=99&zone=A&occupancy=vacant`). */
import { param, parseListQuery, useListState } from '@/lib/list-state';
import type { ListSpec } from '@/lib/list-state';

import type { HouseSort, HousesQuery } from '../api/houses';

export const OCCUPANCIES = ['occupied', 'vacant', 'under_construction'] as const satisfies readonly NonNullable<HousesQuery['occupancy']>[];
export const PLOT_TYPES = ['residential', 'commercial', 'vacant_land'] as const satisfies readonly NonNullable<HousesQuery['plot_type']>[];

type SortField = Exclude<HouseSort, `-${string}`>;
const SORTABLE = ['house_number', 'zone', 'land_area_sq_wah', 'created_at', 'updated_at'] as const satisfies readonly SortField[];

const FILTERS = {
  q: param.text(100),
  zone: param.text(50),
  occupancy: param.oneOf(OCCUPANCIES),
  plot_type: param.oneOf(PLOT_TYPES),
  archived: param.bool(),
};

export const HOUSES_LIST: ListSpec<typeof FILTERS, SortField> = {
  filters: FILTERS,
  sortable: SORTABLE,
  defaultSort: 'house_number',
  pageSizes: [10, 20, 50, 100],
  defaultPerPage: 20,
};

/** The API query for a URL (malformed values dropped): typed as the API's own query. */
export function parseHousesQuery(params: URLSearchParams): HousesQuery {
  return parseListQuery(params, HOUSES_LIST) satisfies HousesQuery;
}

export function useHousesListState() {
  return useListState(HOUSES_LIST);
}
