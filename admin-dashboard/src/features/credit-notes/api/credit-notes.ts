/**
 * Credit notes (plan-14 "Credit notes"): the list (status, house, invoice,
 * search), a new one against an invoice, approval or rejection by someone
 * other than its maker, and the PDF of an issued note.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile } from '@/lib/api-json';
import { queryKeys, useInvalidateDomain } from '@/lib/query-keys';
import type { paths } from '@/types/api.gen';
import type { CreditNoteCreate, CreditNoteRead, CreditNoteStatus } from '@/types/finance-control';

export type { CreditNoteCreate, CreditNoteRead, CreditNoteStatus };
export type CreditNotesQuery = NonNullable<paths['/api/v1/credit-notes']['get']['parameters']['query']>;

const one = (id: number) => ({ params: { path: { credit_note_id: id } } });

export function useCreditNotes(query: CreditNotesQuery) {
  return useQuery({
    queryKey: queryKeys.creditNotes.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/credit-notes', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({ mutationFn: (body: CreditNoteCreate) => unwrap(api.POST('/api/v1/credit-notes', { body })), onSuccess: changed });
}

export function useApproveCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({ mutationFn: (id: number) => unwrap(api.POST('/api/v1/credit-notes/{credit_note_id}/approve', one(id))), onSuccess: changed });
}

export function useRejectCreditNote() {
  const changed = useInvalidateDomain('creditNotes');
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => unwrap(api.POST('/api/v1/credit-notes/{credit_note_id}/reject', { ...one(id), body: { reason } })),
    onSuccess: changed,
  });
}

export function useDownloadCreditNotePdf() {
  return useMutation({ mutationFn: (note: Pick<CreditNoteRead, 'id' | 'number'>) => downloadFile(`/api/v1/credit-notes/${note.id}/pdf`, `${note.number ?? 'credit-note'}.pdf`) });
}
