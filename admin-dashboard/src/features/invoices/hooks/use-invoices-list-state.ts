/** The invoices list's search, filters, sort and page, in the URL (`/finance/invoices?status=issued&overdue=true&period=2026-12`). */
import { param, parseListQuery, useListState } from '@/lib/list-state';
import type { ListSpec } from '@/lib/list-state';

import type { InvoicesQuery } from '../api/invoices';
import { INVOICE_STATUSES } from '../policies';

type SortField = 'number' | 'issue_date' | 'due_date' | 'total_satang' | 'outstanding_satang';

const FILTERS = {
  q: param.text(100),
  status: param.oneOf(INVOICE_STATUSES),
  overdue: param.bool(),
  period: param.text(7),
  house_id: param.text(10),
};

export const INVOICES_LIST: ListSpec<typeof FILTERS, SortField> = {
  filters: FILTERS,
  sortable: ['number', 'issue_date', 'due_date', 'total_satang', 'outstanding_satang'],
  defaultSort: '-issue_date',
  pageSizes: [10, 20, 50, 100],
  defaultPerPage: 20,
};

export type InvoicesListQuery = ReturnType<typeof parseListQuery<typeof FILTERS, SortField>>;

/** The API's query: a malformed period or house id in the URL is dropped, never sent. */
export function toApiQuery(query: InvoicesListQuery): InvoicesQuery {
  const { period, house_id, ...rest } = query;
  const api: InvoicesQuery = { ...rest };
  if (period && /^\d{4}-(0[1-9]|1[0-2])$/.test(period)) api.period = period;
  if (house_id && /^\d+$/.test(house_id)) api.house_id = Number(house_id);
  return api;
}

export function useInvoicesListState() {
  return useListState(INVOICES_LIST);
}
