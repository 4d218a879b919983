/**
 * A resident's side of the common fee: their houses' invoices
 * (/api/v1/me/invoices, each by id with its PromptPay QR and PDF), receipts
 * (/api/v1/me/receipts), payment slips (/api/v1/me/payment-slips; sent as
 * multipart) and statements. The API answers 404 for anything outside the
 * person's houses. JSON goes through the typed client; files (the slip
 * upload, PDFs) through the authenticated fetch, typed from the same spec.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { apiUrl, downloadFile, fetchBlob, send } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { components } from '@/types/api.gen';

export type Invoice = components['schemas']['InvoiceRead'];
export type InvoiceLine = Invoice['lines'][number];
export type InvoiceStatus = Invoice['status'];
export type PromptPay = components['schemas']['PromptPayRead'];
export type Receipt = components['schemas']['ReceiptRead'];
export type Slip = components['schemas']['PaymentSlipRead'];
export type SlipStatus = Slip['status'];
export type SlipReason = NonNullable<Slip['reason_code']>;
export type Statement = components['schemas']['StatementRead'];
export type MyHome = components['schemas']['MyHouse'];

/** A person's bills span a few houses and years: one page of 100 holds them all. */
const ALL = { page: 1, per_page: 100 } as const;

/** The person's current houses (the same data as My home): which houses can pay, and their credit. */
export function useMyHomes() {
  return useQuery({ queryKey: queryKeys.myHouses, queryFn: () => unwrap(api.GET('/api/v1/me/houses')) });
}

export function useMyInvoices() {
  return useQuery({
    queryKey: queryKeys.myBills.invoices,
    queryFn: () => unwrap(api.GET('/api/v1/me/invoices', { params: { query: { ...ALL, sort: '-issue_date' } } })),
  });
}

export function useInvoice(id: number) {
  return useQuery({
    queryKey: queryKeys.myBills.invoice(id),
    queryFn: () => unwrap(api.GET('/api/v1/invoices/{invoice_id}', { params: { path: { invoice_id: id } } })),
  });
}

/** The Thai QR for what is still owed; the API answers 409 once the invoice is settled. */
export function usePromptPay(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.myBills.promptpay(id),
    queryFn: () => unwrap(api.GET('/api/v1/invoices/{invoice_id}/promptpay', { params: { path: { invoice_id: id } } })),
    enabled,
    retry: false,
  });
}

export function useMyReceipts() {
  return useQuery({
    queryKey: queryKeys.myBills.receipts,
    queryFn: () => unwrap(api.GET('/api/v1/me/receipts', { params: { query: { ...ALL, sort: '-issue_date' } } })),
  });
}

export function useMySlips() {
  return useQuery({
    queryKey: queryKeys.myBills.slips,
    queryFn: () => unwrap(api.GET('/api/v1/me/payment-slips', { params: { query: { ...ALL, sort: '-created_at' } } })),
  });
}

export function useSlip(id: number) {
  return useQuery({
    queryKey: queryKeys.myBills.slip(id),
    queryFn: () => unwrap(api.GET('/api/v1/payment-slips/{slip_id}', { params: { path: { slip_id: id } } })),
  });
}

export function useStatement(houseId: number | null) {
  return useQuery({
    queryKey: queryKeys.myBills.statement(houseId ?? 0),
    // JSON here (the same path answers the PDF with format=pdf).
    queryFn: () => unwrap(api.GET('/api/v1/houses/{house_id}/statement', { params: { path: { house_id: houseId ?? 0 }, query: { format: 'json' } } })) as Promise<Statement>,
    enabled: houseId !== null,
    placeholderData: keepPreviousData,
  });
}

export interface SlipFields {
  house_id: number;
  amount_satang: number;
  /** An instant with its offset (ISO 8601). */
  transferred_at: string;
  invoice_ids: number[];
}

function slipForm(fields: SlipFields, file: Blob, name: string): FormData {
  const body = new FormData();
  body.append('house_id', String(fields.house_id));
  body.append('amount_satang', String(fields.amount_satang));
  body.append('transferred_at', fields.transferred_at);
  for (const id of fields.invoice_ids) body.append('invoice_ids', String(id));
  body.append('file', file, name);
  return body;
}

/** Send a transfer slip (multipart: the fields and the image or PDF as `file`). */
export async function submitSlip(fields: SlipFields, file: Blob, name: string): Promise<Slip> {
  const response = await send(new Request(apiUrl('/api/v1/payment-slips'), { method: 'POST', body: slipForm(fields, file, name) }));
  return (await response.json()) as Slip;
}

/**
 * Correct a slip the office sent back (needs_fix) and send it again: the
 * fields (PATCH), a new file if one was chosen (PUT …/file), then resubmit.
 */
export async function resubmitSlip(id: number, fields: Omit<SlipFields, 'house_id'>, file: Blob | null, name: string): Promise<Slip> {
  const one = { params: { path: { slip_id: id } } };
  await unwrap(api.PATCH('/api/v1/payment-slips/{slip_id}', { ...one, body: fields }));
  if (file) {
    const body = new FormData();
    body.append('file', file, name);
    await send(new Request(apiUrl(`/api/v1/payment-slips/${id}/file`), { method: 'PUT', body }));
  }
  return unwrap(api.POST('/api/v1/payment-slips/{slip_id}/resubmit', one));
}

export function useWithdrawSlip() {
  const changed = useInvalidateDomain('myBills');
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/payment-slips/{slip_id}/withdraw', { params: { path: { slip_id: id } } })),
    onSuccess: changed,
  });
}

export const documents = {
  invoice: (invoice: Pick<Invoice, 'id' | 'number'>) => downloadFile(`/api/v1/invoices/${invoice.id}/pdf`, `${invoice.number}.pdf`),
  receipt: (receipt: Pick<Receipt, 'id' | 'number'>) => downloadFile(`/api/v1/receipts/${receipt.id}/pdf`, `${receipt.number}.pdf`),
  statement: (houseId: number, houseNumber: string) => downloadFile(`/api/v1/houses/${houseId}/statement?format=pdf`, `statement-${houseNumber.replace(/[^\w-]+/g, '-')}.pdf`),
};

/** A slip's image (or PDF) as a blob: served only with the person's token. */
export function slipFile(id: number): Promise<Blob> {
  return fetchBlob(`/api/v1/payment-slips/${id}/file`);
}
