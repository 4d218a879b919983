/**
 * Who may do what with a credit note, mirroring the backend: the accountant
 * (finance:write) raises one against an invoice with something outstanding;
 * a checker (finance:approve) other than its maker approves or rejects it
 * (the API answers 409 `same_person` to the maker).
 */
import type { components } from '@/types/api.gen';
import type { InvoiceRead } from '@/types/finance';
import { CREDIT_NOTE_STATUSES } from '@/types/finance-control';
import type { CreditNoteRead, CreditNoteStatus } from '@/types/finance-control';

type Me = Pick<components['schemas']['MeRead'], 'id' | 'permissions' | 'scope'>;

export { CREDIT_NOTE_STATUSES };

export const CREDIT_NOTE_COLORS: Record<CreditNoteStatus, string> = { pending_approval: 'orange', issued: 'grape', rejected: 'gray' };

const staffWith = (me: Me | null | undefined, permission: Me['permissions'][number]): me is Me =>
  !!me && me.scope === 'all' && me.permissions.includes(permission);

export function canCreateCreditNote(me: Me | null | undefined, invoice: Pick<InvoiceRead, 'status' | 'outstanding_satang'>): boolean {
  return staffWith(me, 'finance:write') && (invoice.status === 'issued' || invoice.status === 'partially_paid') && invoice.outstanding_satang > 0;
}

export function madeBy(me: Pick<Me, 'id'>, note: Pick<CreditNoteRead, 'created_by'>): boolean {
  return note.created_by?.id === me.id;
}

/** Approve or reject: a checker, never the note's maker, while it is pending. */
export function canDecide(me: Me | null | undefined, note: Pick<CreditNoteRead, 'status' | 'created_by'>): boolean {
  return staffWith(me, 'finance:approve') && note.status === 'pending_approval' && !madeBy(me, note);
}

/** The maker sees that someone else must approve instead of a button the API refuses. */
export function awaitsSomeoneElse(me: Me | null | undefined, note: Pick<CreditNoteRead, 'status' | 'created_by'>): boolean {
  return !!me && note.status === 'pending_approval' && madeBy(me, note);
}
