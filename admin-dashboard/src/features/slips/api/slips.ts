/**
 * Payment slips, the office's side: the review queue
 * (GET /api/v1/payment-slips?status=submitted), each slip's file, and the
 * decisions accept / needs-fix / reject {reason_code, note}.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { fetchBlob, getJson, sendJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { InvoiceRead, Page, PaymentSlipRead, SlipReason, SlipStatus } from '@/types/finance';

export type { InvoiceRead, PaymentSlipRead, SlipReason, SlipStatus };

export function useSlips(query: { page: number; per_page: number; status?: SlipStatus; sort?: string }) {
  return useQuery({
    queryKey: queryKeys.slips.list(query),
    queryFn: () => getJson<Page<PaymentSlipRead>>('/api/v1/payment-slips', query),
    placeholderData: keepPreviousData,
  });
}

/** The house's open invoices: what an accepted slip would settle, oldest due first. */
export function useHouseOpenInvoices(houseId: number) {
  const query = { house_id: houseId, per_page: 100, sort: 'due_date', page: 1 };
  return useQuery({
    queryKey: queryKeys.invoices.list({ ...query, open: true }),
    queryFn: async () => (await getJson<Page<InvoiceRead>>('/api/v1/invoices', query)).items.filter((i) => i.outstanding_satang > 0 && i.status !== 'void'),
  });
}

export type Decision = { kind: 'accept' } | { kind: 'needs-fix' | 'reject'; reason_code: SlipReason; note: string };

export function useDecideSlip(id: number) {
  const changed = useInvalidateDomain('slips');
  return useMutation({
    mutationFn: (decision: Decision) =>
      decision.kind === 'accept'
        ? sendJson<PaymentSlipRead>('POST', `/api/v1/payment-slips/${id}/accept`, {})
        : sendJson<PaymentSlipRead>('POST', `/api/v1/payment-slips/${id}/${decision.kind}`, { reason_code: decision.reason_code, note: decision.note || null }),
    onSuccess: changed,
  });
}

/** The slip's file as an object URL (served only with the reviewer's token, so not an <img src> to the API). */
export function useSlipFile(slip: Pick<PaymentSlipRead, 'id' | 'file'>): { url: string | null; type: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; type: string | null; failed: boolean }>({ url: null, type: null, failed: false });
  useEffect(() => {
    let alive = true;
    let made: string | null = null;
    fetchBlob(slip.file.url.startsWith('/api/') ? slip.file.url : `/api/v1/payment-slips/${slip.id}/file`)
      .then((blob) => {
        if (!alive) return;
        made = URL.createObjectURL(blob);
        setState({ url: made, type: blob.type || slip.file.mime, failed: false });
      })
      .catch(() => alive && setState({ url: null, type: null, failed: true }));
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [slip.id, slip.file.url, slip.file.mime]);
  return state;
}
