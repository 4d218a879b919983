/**
 * Accounting periods (plan-14 "Periods"): the months of a year with their
 * status and snapshot figures, closing a month (finance:approve) and
 * reopening it with a reason (finance:reopen).
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { getJson, postJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { Page } from '@/types/finance';
import type { PeriodRead } from '@/types/finance-control';

export type { PeriodRead, SnapshotRead } from '@/types/finance-control';

export function usePeriods(year: number | null) {
  return useQuery({
    queryKey: queryKeys.periods.list(year),
    queryFn: () => getJson<Page<PeriodRead>>('/api/v1/periods', { year, per_page: 100 }),
    placeholderData: keepPreviousData,
  });
}

export function useClosePeriod() {
  const changed = useInvalidateDomain('periods');
  return useMutation({ mutationFn: (period: string) => postJson<PeriodRead>(`/api/v1/periods/${period}/close`), onSuccess: changed });
}

export function useReopenPeriod() {
  const changed = useInvalidateDomain('periods');
  return useMutation({
    mutationFn: ({ period, reason }: { period: string; reason: string }) => postJson<PeriodRead>(`/api/v1/periods/${period}/reopen`, { reason }),
    onSuccess: changed,
  });
}
