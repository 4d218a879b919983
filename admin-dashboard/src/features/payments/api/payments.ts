/**
 * Payments (/api/v1/payments: record, confirm, cancel, reverse), receipts
 * (/api/v1/receipts and their PDFs), and a house's open invoices, which a
 * payment is allocated to.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { paths } from '@/types/api.gen';
import type { InvoiceRead, PaymentCreate, PaymentMethod, PaymentRead, PaymentStatus, ReceiptRead } from '@/types/finance';

export type { InvoiceRead, PaymentCreate, PaymentMethod, PaymentRead, PaymentStatus, ReceiptRead };
export type PaymentsQuery = NonNullable<paths['/api/v1/payments']['get']['parameters']['query']>;
export type ReceiptsQuery = NonNullable<paths['/api/v1/receipts']['get']['parameters']['query']>;

const one = (id: number) => ({ params: { path: { payment_id: id } } });

export function usePayments(query: PaymentsQuery) {
  return useQuery({
    queryKey: queryKeys.payments.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/payments', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** A house's invoices with something outstanding, oldest due first (what a payment settles). */
export function useOpenInvoices(houseId: number | null) {
  const query = { house_id: houseId ?? 0, per_page: 100, sort: 'due_date' as const, page: 1 };
  return useQuery({
    queryKey: queryKeys.invoices.list({ ...query, open: true }),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/invoices', { params: { query } }));
      return page.items.filter((invoice) => (invoice.status === 'issued' || invoice.status === 'partially_paid') && invoice.outstanding_satang > 0);
    },
    enabled: houseId !== null,
  });
}

export function useRecordPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: (body: PaymentCreate): Promise<PaymentRead> => unwrap(api.POST('/api/v1/payments', { body })),
    onSuccess: changed,
  });
}

export function useConfirmPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: (id: number): Promise<PaymentRead> => unwrap(api.POST('/api/v1/payments/{payment_id}/confirm', one(id))),
    onSuccess: changed,
  });
}

export function useCancelPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }): Promise<PaymentRead> => unwrap(api.POST('/api/v1/payments/{payment_id}/cancel', { ...one(id), body: { reason } })),
    onSuccess: changed,
  });
}

export function useReversePayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }): Promise<PaymentRead> => unwrap(api.POST('/api/v1/payments/{payment_id}/reverse', { ...one(id), body: { reason } })),
    onSuccess: changed,
  });
}

export function useReceipts(query: ReceiptsQuery) {
  return useQuery({
    queryKey: queryKeys.payments.receipts(query),
    queryFn: () => unwrap(api.GET('/api/v1/receipts', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useDownloadReceiptPdf() {
  return useMutation({ mutationFn: (receipt: { id: number; number: string }) => downloadFile(`/api/v1/receipts/${receipt.id}/pdf`, `${receipt.number}.pdf`) });
}
