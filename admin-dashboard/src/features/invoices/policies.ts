/**
 * What the office may do to an invoice, mirroring the backend
 * (village/invoices/issuing.py `void`): a void needs `finance:write` and an
 * invoice with nothing paid or credited (409 `has_allocations` otherwise).
 */
import type { components } from '@/types/api.gen';
import type { InvoiceRead, InvoiceStatus } from '@/types/finance';

type Me = Pick<components['schemas']['MeRead'], 'permissions' | 'scope'>;

export const INVOICE_STATUSES = ['issued', 'partially_paid', 'paid', 'credited', 'void'] as const satisfies readonly InvoiceStatus[];

export const STATUS_COLORS: Record<InvoiceStatus, string> = {
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  credited: 'grape',
  void: 'gray',
};

export function canVoid(me: Me | null | undefined, invoice: Pick<InvoiceRead, 'status' | 'paid_satang' | 'credited_satang'>): boolean {
  return (
    !!me && me.scope === 'all' && me.permissions.includes('finance:write') &&
    invoice.status === 'issued' && invoice.paid_satang === 0 && invoice.credited_satang === 0
  );
}

/** village.md: a QR is offered while something is outstanding (409 for paid, credited or void). */
export function hasPromptPay(invoice: Pick<InvoiceRead, 'status' | 'outstanding_satang'>): boolean {
  return (invoice.status === 'issued' || invoice.status === 'partially_paid') && invoice.outstanding_satang > 0;
}
