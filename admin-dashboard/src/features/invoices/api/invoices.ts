/**
 * Invoices: the list (filters house_id, status, overdue, period, q), one
 * invoice, void {reason}, its PDF and its PromptPay QR.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { InvoiceRead, InvoiceStatus, PromptPayRead } from '@/types/finance';
import type { paths } from '@/types/api.gen';

export type { InvoiceRead, InvoiceStatus, PromptPayRead };
export type InvoicesQuery = NonNullable<paths['/api/v1/invoices']['get']['parameters']['query']>;

const one = (id: number) => ({ params: { path: { invoice_id: id } } });

export function useInvoices(query: InvoicesQuery) {
  return useQuery({
    queryKey: queryKeys.invoices.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/invoices', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useInvoice(id: number) {
  return useQuery({ queryKey: queryKeys.invoices.detail(id), queryFn: () => unwrap(api.GET('/api/v1/invoices/{invoice_id}', one(id))) });
}

export function usePromptPay(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invoices.promptpay(id),
    queryFn: () => unwrap(api.GET('/api/v1/invoices/{invoice_id}/promptpay', one(id))),
    enabled,
    retry: false,
  });
}

export function useVoidInvoice(id: number) {
  const changed = useInvalidateDomain('invoices');
  return useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/invoices/{invoice_id}/void', { ...one(id), body: { reason } })),
    onSuccess: changed,
  });
}

export function useDownloadInvoicePdf() {
  return useMutation({ mutationFn: (invoice: Pick<InvoiceRead, 'id' | 'number'>) => downloadFile(`/api/v1/invoices/${invoice.id}/pdf`, `${invoice.number}.pdf`) });
}
