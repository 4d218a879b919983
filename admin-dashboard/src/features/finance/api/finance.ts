/**
 * Finance settings (GET|PATCH /api/v1/finance/settings), fee items
 * (/api/v1/fee-items) and fee schedules (/api/v1/fee-schedules, ended with
 * PATCH …/{id} `effective_to`), through the typed client.
 */
import { useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { FeeItemCreate, FeeItemRead, FeeScheduleCreate, FeeScheduleRead, FinanceSettingsRead, FinanceSettingsUpdate } from '@/types/finance';

export type { FeeItemRead, FeeScheduleRead, FinanceSettingsRead, FinanceSettingsUpdate };

export const getFinanceSettings = () => unwrap(api.GET('/api/v1/finance/settings'));

export function useFinanceSettings() {
  return useQuery({ queryKey: queryKeys.finance.settings, queryFn: getFinanceSettings });
}

export function useUpdateFinanceSettings() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FinanceSettingsUpdate) => unwrap(api.PATCH('/api/v1/finance/settings', { body })),
    onSuccess: changed,
  });
}

export function useFeeItems() {
  return useQuery({
    queryKey: queryKeys.finance.feeItems,
    queryFn: () => unwrap(api.GET('/api/v1/fee-items', { params: { query: { per_page: 100, sort: 'code' } } })),
  });
}

export function useCreateFeeItem() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FeeItemCreate) => unwrap(api.POST('/api/v1/fee-items', { body })),
    onSuccess: changed,
  });
}

export function useFeeSchedules(feeItemId: number | null) {
  return useQuery({
    queryKey: queryKeys.finance.schedules(feeItemId),
    // The API's `fee_item_id` filter answers 422 to any query-string value (a strict int): filter here meanwhile.
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/fee-schedules', { params: { query: { per_page: 100, sort: '-effective_from' } } }));
      return { ...page, items: page.items.filter((s) => feeItemId === null || s.fee_item_id === feeItemId) };
    },
  });
}

export function useCreateFeeSchedule() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: (body: FeeScheduleCreate) => unwrap(api.POST('/api/v1/fee-schedules', { body })),
    onSuccess: changed,
  });
}

/** End a schedule after a month (YYYY-MM): it bills nothing later; a successor takes over. */
export function useEndFeeSchedule() {
  const changed = useInvalidateDomain('finance');
  return useMutation({
    mutationFn: ({ id, effectiveTo }: { id: number; effectiveTo: string }): Promise<FeeScheduleRead> =>
      unwrap(api.PATCH('/api/v1/fee-schedules/{fee_schedule_id}', { params: { path: { fee_schedule_id: id } }, body: { effective_to: effectiveTo } })),
    onSuccess: changed,
  });
}
