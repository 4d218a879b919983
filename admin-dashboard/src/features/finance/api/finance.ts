/**
 * Finance settings (GET|PATCH /api/v1/finance/settings), fee items
 * (/api/v1/fee-items) and fee schedules (/api/v1/fee-schedules, ended with
 * PATCH …/{id} `effective_to`).
 */
import { useMutation, useQuery } from '@tanstack/react-query';

import { getJson, sendJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type {
  FeeItemCreate,
  FeeItemRead,
  FeeScheduleCreate,
  FeeScheduleRead,
  FinanceSettingsRead,
  FinanceSettingsUpdate,
  Page,
} from '@/types/finance';

export type { FeeItemRead, FeeScheduleRead, FinanceSettingsRead, FinanceSettingsUpdate };

export const getFinanceSettings = () => getJson<FinanceSettingsRead>('/api/v1/finance/settings');

export function useFinanceSettings() {
  return useQuery({ queryKey: queryKeys.finance.settings, queryFn: getFinanceSettings });
}

export function useUpdateFinanceSettings() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FinanceSettingsUpdate) => sendJson<FinanceSettingsRead>('PATCH', '/api/v1/finance/settings', body),
    onSuccess: changed,
  });
}

export function useFeeItems() {
  return useQuery({
    queryKey: queryKeys.finance.feeItems,
    queryFn: () => getJson<Page<FeeItemRead>>('/api/v1/fee-items', { per_page: 100 }),
  });
}

export function useCreateFeeItem() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FeeItemCreate) => sendJson<FeeItemRead>('POST', '/api/v1/fee-items', body),
    onSuccess: changed,
  });
}

export function useFeeSchedules(feeItemId: number | null) {
  return useQuery({
    queryKey: queryKeys.finance.schedules(feeItemId),
    // The API's `fee_item_id` filter answers 422 to any query-string value (a strict int): filter here meanwhile.
    queryFn: async () => {
      const page = await getJson<Page<FeeScheduleRead>>('/api/v1/fee-schedules', { per_page: 100, sort: '-effective_from' });
      return { ...page, items: page.items.filter((s) => feeItemId === null || s.fee_item_id === feeItemId) };
    },
  });
}

export function useCreateFeeSchedule() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FeeScheduleCreate) => sendJson<FeeScheduleRead>('POST', '/api/v1/fee-schedules', body),
    onSuccess: changed,
  });
}

/** End a schedule after a month (PATCH `effective_to`, YYYY-MM): it bills nothing later; a successor takes over. */
export function useEndFeeSchedule() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: ({ id, effectiveTo }: { id: number; effectiveTo: string }) =>
      sendJson<FeeScheduleRead>('PATCH', `/api/v1/fee-schedules/${id}`, { effective_to: effectiveTo }),
    onSuccess: changed,
  });
}
