/**
 * Accounting periods (plan-14 "Periods"): the months of a year with their
 * status and snapshot figures, closing a month (finance:approve) and
 * reopening it with a reason (finance:reopen).
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';

export type { PeriodRead, SnapshotRead } from '@/types/finance-control';

export function usePeriods(year: number | null) {
  return useQuery({
    queryKey: queryKeys.periods.list(year),
    queryFn: () => unwrap(api.GET('/api/v1/periods', { params: { query: { per_page: 100, ...(year ? { year } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useClosePeriod() {
  const changed = useInvalidateDomain('periods');
  return useMutation({ mutationFn: (period: string) => unwrap(api.POST('/api/v1/periods/{period}/close', { params: { path: { period } } })), onSuccess: changed });
}

export function useReopenPeriod() {
  const changed = useInvalidateDomain('periods');
  return useMutation({
    mutationFn: ({ period, reason }: { period: string; reason: string }) =>
      unwrap(api.POST('/api/v1/periods/{period}/reopen', { params: { path: { period } }, body: { reason } })),
    onSuccess: changed,
  });
}
