/**
 * Billing runs: POST /api/v1/billing-runs computes a preview (nothing numbered),
 * POST …/{id}/post issues its invoices, DELETE …/{id} discards it.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { BillingRunCreate, BillingRunRead, BillingRunSummary } from '@/types/finance';
import type { paths } from '@/types/api.gen';

export type { BillingRunCreate, BillingRunRead, BillingRunSummary };
export type RunsQuery = NonNullable<paths['/api/v1/billing-runs']['get']['parameters']['query']>;

const one = (id: number) => ({ params: { path: { billing_run_id: id } } });

export function useBillingRuns(query: RunsQuery) {
  return useQuery({
    queryKey: queryKeys.billing.runs(query),
    queryFn: () => unwrap(api.GET('/api/v1/billing-runs', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useBillingRun(id: number) {
  return useQuery({ queryKey: queryKeys.billing.run(id), queryFn: () => unwrap(api.GET('/api/v1/billing-runs/{billing_run_id}', one(id))) });
}

export function usePreviewRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (body: BillingRunCreate) => unwrap(api.POST('/api/v1/billing-runs', { body })),
    onSuccess: changed,
  });
}

export function usePostRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/billing-runs/{billing_run_id}/post', one(id))),
    onSuccess: changed,
  });
}

export function useDiscardRun() {
  const changed = useInvalidateDomain('billing');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/billing-runs/{billing_run_id}', one(id))),
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
