/**
 * What a resident may do with their bills and slips, mirroring the backend
 * (village/invoices, village/payment_slips): the API decides (409 naming the
 * state); these only choose what to offer.
 */
import type { Invoice, InvoiceStatus, SlipReason, SlipStatus } from './api/my-bills';

/** Invoices that still ask for money (the API's OPEN_STATUSES). */
export const OPEN_STATUSES: ReadonlySet<InvoiceStatus> = new Set<InvoiceStatus>(['issued', 'partially_paid']);

export function isOpen(invoice: Pick<Invoice, 'status' | 'outstanding_satang'>): boolean {
  return OPEN_STATUSES.has(invoice.status) && invoice.outstanding_satang > 0;
}

/** A slip the office sent back is corrected and sent again; one waiting may be withdrawn. */
export function canFixSlip(status: SlipStatus): boolean {
  return status === 'needs_fix';
}

export function canWithdrawSlip(status: SlipStatus): boolean {
  return status === 'submitted';
}

export const INVOICE_STATUS_COLORS: Record<InvoiceStatus, string> = {
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  credited: 'teal',
  void: 'gray',
};

export const SLIP_STATUS_COLORS: Record<SlipStatus, string> = {
  submitted: 'blue',
  accepted: 'teal',
  needs_fix: 'orange',
  rejected: 'red',
  withdrawn: 'gray',
};

export const SLIP_REASONS = ['wrong_amount', 'wrong_date', 'unreadable', 'duplicate', 'wrong_account', 'other'] as const satisfies readonly SlipReason[];

/** What the server accepts for a slip (village.md "Uploads"): by content there, by type here. */
export const SLIP_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const SLIP_MAX_BYTES = 10 * 1024 * 1024;
