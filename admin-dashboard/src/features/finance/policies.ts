/**
 * Who works the common fee in the dashboard, mirroring village.md's permission
 * table (village/security/permissions.py). The API decides (and answers 409
 * `same_person` to a recorder confirming their own payment); these only
 * choose what to show.
 */
import type { components } from '@/types/api.gen';

type Me = Pick<components['schemas']['MeRead'], 'permissions' | 'scope'>;

function staffWith(me: Me | null | undefined, permission: Me['permissions'][number]): boolean {
  return !!me && me.scope === 'all' && me.permissions.includes(permission);
}

/** The office's finance pages: every house's invoices, payments and receipts (a resident has "My bills"). */
export function seesFinance(me: Me | null | undefined): boolean {
  return staffWith(me, 'finance:read');
}

/** Settings, fee schedules, billing runs, voids and slip review: the accountant's work. */
export function managesFinance(me: Me | null | undefined): boolean {
  return staffWith(me, 'finance:write');
}

/** Record money taken at the office (the maker): the accountant, and the village admin too. */
export function recordsPayments(me: Me | null | undefined): boolean {
  return staffWith(me, 'payments:record');
}

/** Confirm and reverse payments (the checker). */
export function approvesFinance(me: Me | null | undefined): boolean {
  return staffWith(me, 'finance:approve');
}

/** A month's schedule rate per square wah or per house: both are satang a month. */
export const BASES = ['per_sq_wah', 'per_house'] as const;
export const PLOT_TYPES = ['residential', 'commercial', 'vacant_land'] as const;
export const PROMPTPAY_MODES = ['none', 'credit_transfer', 'bill_payment'] as const;
export const SURCHARGE_METHODS = ['none', 'percent_per_month', 'fixed_per_month'] as const;
/** village.md: percent_per_month is capped at 1,000 basis points (10 % a month). */
export const SURCHARGE_MAX_BASIS_POINTS = 1000;

/** What a PromptPay id may be: a 13-digit tax id or a 10-digit mobile number; a biller id is 15 digits. */
export function isPromptPayId(value: string): boolean {
  return /^(\d{13}|0\d{9})$/.test(value);
}
export function isBillerId(value: string): boolean {
  return /^\d{15}$/.test(value);
}
