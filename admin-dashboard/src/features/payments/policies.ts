/**
 * Who may act on a payment, mirroring village.md's maker–checker rule: the
 * person who recorded a payment can never confirm or reverse it (the API
 * answers 409 `same_person`), whatever their permissions.
 */
import type { components } from '@/types/api.gen';
import type { PaymentMethod, PaymentRead, PaymentStatus } from '@/types/finance';

type Me = Pick<components['schemas']['MeRead'], 'id' | 'permissions' | 'scope'>;
type Payment = Pick<PaymentRead, 'status' | 'recorded_by'>;

export const METHODS = ['cash', 'bank_transfer', 'promptpay', 'cheque'] as const satisfies readonly PaymentMethod[];
export const PAYMENT_STATUSES = ['pending', 'confirmed', 'reversed', 'cancelled'] as const satisfies readonly PaymentStatus[];
export const PAYMENT_COLORS: Record<PaymentStatus, string> = { pending: 'orange', confirmed: 'teal', reversed: 'red', cancelled: 'gray' };

const staffWith = (me: Me | null | undefined, permission: Me['permissions'][number]): me is Me =>
  !!me && me.scope === 'all' && me.permissions.includes(permission);

export function recordedBy(me: Pick<Me, 'id'>, payment: Payment): boolean {
  return payment.recorded_by?.id === me.id;
}

/** A checker other than the recorder confirms a pending payment. */
export function canConfirm(me: Me | null | undefined, payment: Payment): boolean {
  return staffWith(me, 'finance:approve') && payment.status === 'pending' && !recordedBy(me, payment);
}

/** The recorder (taking back a mistake) or a checker withdraws a pending payment. */
export function canCancel(me: Me | null | undefined, payment: Payment): boolean {
  if (payment.status !== 'pending' || !me) return false;
  return staffWith(me, 'finance:approve') || (staffWith(me, 'payments:record') && recordedBy(me, payment));
}

/** A checker other than the recorder reverses a confirmed payment (its receipt becomes void). */
export function canReverse(me: Me | null | undefined, payment: Payment): boolean {
  return staffWith(me, 'finance:approve') && payment.status === 'confirmed' && !recordedBy(me, payment);
}

/** The recorder waits for someone else: say so instead of offering a button the API refuses. */
export function awaitsSomeoneElse(me: Me | null | undefined, payment: Payment): boolean {
  return !!me && payment.status === 'pending' && recordedBy(me, payment);
}
