/** The requests list's search, filters, sort and page, in the URL (`/service-requests?status=submitted&age=7`). */
import { param, parseListQuery, useListState } from '@/lib/list-state';
import type { ListSpec } from '@/lib/list-state';

import type { ServiceRequestsQuery } from '../api/service-requests';
import { CATEGORIES, PRIORITIES, STATUSES } from '../policies';

type Sort = NonNullable<ServiceRequestsQuery['sort']>;
type SortField = Exclude<Sort, `-${string}`>;
const SORTABLE = ['created_at', 'updated_at', 'priority', 'number'] as const satisfies readonly SortField[];
export const AGES = ['1', '3', '7', '14', '30'] as const;
export const ASSIGNED = ['mine', 'unassigned'] as const;

const FILTERS = {
  q: param.text(100),
  status: param.oneOf(STATUSES),
  open: param.bool(),
  category: param.oneOf(CATEGORIES),
  priority: param.oneOf(PRIORITIES),
  assigned: param.oneOf(ASSIGNED),
  age: param.oneOf(AGES),
};

export const REQUESTS_LIST: ListSpec<typeof FILTERS, SortField> = {
  filters: FILTERS,
  sortable: SORTABLE,
  defaultSort: '-created_at',
  pageSizes: [10, 20, 50, 100],
  defaultPerPage: 20,
};

export type RequestsListQuery = ReturnType<typeof parseListQuery<typeof FILTERS, SortField>>;

/** The API's query for the list's URL state (`assigned=mine` is the signed-in person's id). */
export function toApiQuery(query: RequestsListQuery, myId: number | undefined): ServiceRequestsQuery {
  const { assigned, age, ...rest } = query;
  const api: ServiceRequestsQuery = { ...rest };
  if (assigned === 'mine' && myId) api.assignee_id = myId;
  if (assigned === 'unassigned') api.unassigned = true;
  if (age) api.min_open_days = Number(age);
  return api;
}

export function useRequestsListState() {
  return useListState(REQUESTS_LIST);
}
