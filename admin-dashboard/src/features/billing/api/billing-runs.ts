/**
 * Billing runs: POST /api/v1/billing-runs computes a preview (nothing numbered),
 * POST …/{id}/post issues its invoices, DELETE …/{id} discards it.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { getJson, sendJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { BillingRunCreate, BillingRunRead, BillingRunSummary, Page } from '@/types/finance';

export type { BillingRunCreate, BillingRunRead, BillingRunSummary };
export type RunsQuery = { page: number; per_page: number; sort?: string; status?: string };

export function useBillingRuns(query: RunsQuery) {
  return useQuery({
    queryKey: queryKeys.billing.runs(query),
    queryFn: () => getJson<Page<BillingRunSummary>>('/api/v1/billing-runs', query),
    placeholderData: keepPreviousData,
  });
}

export function useBillingRun(id: number) {
  return useQuery({ queryKey: queryKeys.billing.run(id), queryFn: () => getJson<BillingRunRead>(`/api/v1/billing-runs/${id}`) });
}

export function usePreviewRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (body: BillingRunCreate) => sendJson<BillingRunRead>('POST', '/api/v1/billing-runs', body),
    onSuccess: changed,
  });
}

export function usePostRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (id: number) => sendJson<BillingRunRead>('POST', `/api/v1/billing-runs/${id}/post`),
    onSuccess: changed,
  });
}

export function useDiscardRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (id: number) => sendJson<void>('DELETE', `/api/v1/billing-runs/${id}`),
    onSuccess: changed,
  });
}

/** The preview's grand total and line count, summed in integer satang. */
export function previewTotals(run: Pick<BillingRunRead, 'preview'>): { houses: number; lines: number; totalSatang: number } {
  return run.preview.reduce(
    (acc, item) => ({ houses: acc.houses + 1, lines: acc.lines + item.lines.length, totalSatang: acc.totalSatang + item.total_satang }),
    { houses: 0, lines: 0, totalSatang: 0 },
  );
}
