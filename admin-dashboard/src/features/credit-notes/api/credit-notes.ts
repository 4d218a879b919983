/**
 * Credit notes (plan-14 "Credit notes"): the list (status, house, invoice,
 * search), one note, a new one against an invoice, approval or rejection by
 * someone other than its maker, and the PDF of an issued note.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { downloadFile, getJson, postJson } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { Page } from '@/types/finance';
import type { CreditNoteRead, CreditNoteStatus } from '@/types/finance-control';

export type { CreditNoteRead, CreditNoteStatus };

export interface CreditNotesQuery {
  page: number;
  per_page: number;
  status?: CreditNoteStatus;
  invoice_id?: number;
  house_id?: number;
  q?: string;
  sort?: string;
}

export interface CreditNoteCreate {
  invoice_id: number;
  amount_satang: number;
  reason: string;
}

export function useCreditNotes(query: CreditNotesQuery) {
  return useQuery({
    queryKey: queryKeys.creditNotes.list(query),
    queryFn: () => getJson<Page<CreditNoteRead>>('/api/v1/credit-notes', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({ mutationFn: (body: CreditNoteCreate) => postJson<CreditNoteRead>('/api/v1/credit-notes', body), onSuccess: changed });
}

export function useApproveCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({ mutationFn: (id: number) => postJson<CreditNoteRead>(`/api/v1/credit-notes/${id}/approve`), onSuccess: changed });
}

export function useRejectCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => postJson<CreditNoteRead>(`/api/v1/credit-notes/${id}/reject`, { reason }),
    onSuccess: changed,
  });
}

export function useDownloadCreditNotePdf() {
  return useMutation({ mutationFn: (note: Pick<CreditNoteRead, 'id' | 'number'>) => downloadFile(`/api/v1/credit-notes/${note.id}/pdf`, `${note.number ?? 'credit-note'}.pdf`) });
}
