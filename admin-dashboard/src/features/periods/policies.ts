/**
 * Closing and reopening months, mirroring the backend: the checker
 * (finance:approve) closes an ended month; only the super admin
 * (finance:reopen) reopens one, with a reason.
 */
import type { components } from '@/types/api.gen';
import type { PeriodRead } from '@/types/finance-control';

type Me = Pick<components['schemas']['MeRead'], 'permissions' | 'scope'>;

const staffWith = (me: Me | null | undefined, permission: Me['permissions'][number]) => !!me && me.scope === 'all' && me.permissions.includes(permission);

export function canClose(me: Me | null | undefined, period: Pick<PeriodRead, 'status'>): boolean {
  return staffWith(me, 'finance:approve') && period.status === 'open';
}

export function canReopen(me: Me | null | undefined, period: Pick<PeriodRead, 'status'>): boolean {
  return staffWith(me, 'finance:reopen') && period.status === 'closed';
}
