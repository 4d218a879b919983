/**
 * Invoices: the list (filters house_id, status, overdue, period, q), one
 * invoice, void {reason}, its PDF and its PromptPay QR.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { downloadFile, getJson, sendJson } from '@/lib/api-json';
import type { Query } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { InvoiceRead, InvoiceStatus, Page, PromptPayRead } from '@/types/finance';

export type { InvoiceRead, InvoiceStatus, PromptPayRead };

export interface InvoicesQuery extends Query {
  page: number;
  per_page: number;
  sort?: string;
  q?: string;
  status?: InvoiceStatus;
  overdue?: boolean;
  period?: string;
  house_id?: number;
}

export function useInvoices(query: InvoicesQuery) {
  return useQuery({
    queryKey: queryKeys.invoices.list(query),
    queryFn: () => getJson<Page<InvoiceRead>>('/api/v1/invoices', query),
    placeholderData: keepPreviousData,
  });
}

export function useInvoice(id: number) {
  return useQuery({ queryKey: queryKeys.invoices.detail(id), queryFn: () => getJson<InvoiceRead>(`/api/v1/invoices/${id}`) });
}

export function usePromptPay(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invoices.promptpay(id),
    queryFn: () => getJson<PromptPayRead>(`/api/v1/invoices/${id}/promptpay`),
    enabled,
    retry: false,
  });
}

export function useVoidInvoice(id: number) {
  const changed = useInvalidateDomain('invoices');
  return useMutation({
    mutationFn: (reason: string) => sendJson<InvoiceRead>('POST', `/api/v1/invoices/${id}/void`, { reason }),
    onSuccess: changed,
  });
}

export function useDownloadInvoicePdf() {
  return useMutation({ mutationFn: (invoice: Pick<InvoiceRead, 'id' | 'number'>) => downloadFile(`/api/v1/invoices/${invoice.id}/pdf`, `${invoice.number}.pdf`) });
}
