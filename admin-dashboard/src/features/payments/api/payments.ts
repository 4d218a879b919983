/**
 * Payments (/api/v1/payments: record, confirm, cancel, reverse), receipts
 * (/api/v1/receipts and their PDFs), and a house's open invoices, which a
 * payment is allocated to.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { downloadFile, getJson, sendJson } from '@/lib/api-json';
import type { Query } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { InvoiceRead, Page, PaymentCreate, PaymentMethod, PaymentRead, PaymentStatus, ReceiptRead } from '@/types/finance';

export type { InvoiceRead, PaymentCreate, PaymentMethod, PaymentRead, PaymentStatus, ReceiptRead };

export interface PaymentsQuery extends Query {
  page: number;
  per_page: number;
  sort?: string;
  status?: PaymentStatus;
  house_id?: number;
  q?: string;
}

export function usePayments(query: PaymentsQuery) {
  return useQuery({
    queryKey: queryKeys.payments.list(query),
    queryFn: () => getJson<Page<PaymentRead>>('/api/v1/payments', query),
    placeholderData: keepPreviousData,
  });
}

/** A house's invoices with something outstanding, oldest due first (what a payment settles). */
export function useOpenInvoices(houseId: number | null) {
  const query = { house_id: houseId ?? 0, per_page: 100, sort: 'due_date', page: 1 };
  return useQuery({
    queryKey: queryKeys.invoices.list({ ...query, open: true }),
    queryFn: async () => {
      const page = await getJson<Page<InvoiceRead>>('/api/v1/invoices', query);
      return page.items.filter((invoice) => (invoice.status === 'issued' || invoice.status === 'partially_paid') && invoice.outstanding_satang > 0);
    },
    enabled: houseId !== null,
  });
}

export function useRecordPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: (body: PaymentCreate) => sendJson<PaymentRead>('POST', '/api/v1/payments', body),
    onSuccess: changed,
  });
}

export function useConfirmPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: (id: number) => sendJson<PaymentRead>('POST', `/api/v1/payments/${id}/confirm`),
    onSuccess: changed,
  });
}

export function useCancelPayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: (id: number) => sendJson<PaymentRead>('POST', `/api/v1/payments/${id}/cancel`),
    onSuccess: changed,
  });
}

export function useReversePayment() {
  const changed = useInvalidateDomain('payments');
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => sendJson<PaymentRead>('POST', `/api/v1/payments/${id}/reverse`, { reason }),
    onSuccess: changed,
  });
}

export interface ReceiptsQuery extends Query {
  page: number;
  per_page: number;
  sort?: string;
  q?: string;
}

export function useReceipts(query: ReceiptsQuery) {
  return useQuery({
    queryKey: queryKeys.payments.receipts(query),
    queryFn: () => getJson<Page<ReceiptRead>>('/api/v1/receipts', query),
    placeholderData: keepPreviousData,
  });
}

export function useDownloadReceiptPdf() {
  return useMutation({ mutationFn: (receipt: { id: number; number: string }) => downloadFile(`/api/v1/receipts/${receipt.id}/pdf`, `${receipt.number}.pdf`) });
}
