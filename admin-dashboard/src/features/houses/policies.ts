/**
 * Who sees which houses and what may be done to them, mirroring the backend
 * (village/security/permissions.py ROLE_SCOPES, village/houses/service.py).
 * The API decides and answers 404 outside one's scope; these only choose
 * what to offer. The dashboard never filters "own" data itself.
 */
import type { Role } from '@/config/constants';
import type { components } from '@/types/api.gen';

type Member = components['schemas']['MemberRead'];

export type HouseScope = 'all' | 'own_houses';

/** How far a role's `houses:read` reaches. A new role fails tsc here until it has a scope. */
export const HOUSE_SCOPES: Record<Role, HouseScope> = {
  super_admin: 'all',
  village_admin: 'all',
  accounting_admin: 'all',
  resident: 'own_houses',
};

/** Staff work with the registry (every house); a resident has "My home" (their own). */
export function seesEveryHouse(me: { role: Role }): boolean {
  return HOUSE_SCOPES[me.role] === 'all';
}

export function isCurrent(member: Pick<Member, 'moved_out_on'>): boolean {
  return member.moved_out_on === null;
}

/** What may be done to a membership: ended ones are history (409 has_history). */
export function memberActions(member: Pick<Member, 'moved_out_on' | 'is_primary_contact'>, canWrite: boolean) {
  const current = canWrite && isCurrent(member);
  return {
    changeRelation: current,
    makePrimary: current && !member.is_primary_contact,
    end: current,
    remove: current,
  };
}

/** Current members first, the primary contact at the top, then owners before others, then by name. */
const RELATION_ORDER: Member['relation'][] = ['owner', 'co_owner', 'tenant', 'family', 'agent'];
export function sortMembers<T extends Pick<Member, 'moved_out_on' | 'is_primary_contact' | 'relation' | 'user'>>(members: readonly T[]): T[] {
  return [...members].sort(
    (a, b) =>
      Number(!isCurrent(a)) - Number(!isCurrent(b)) ||
      Number(b.is_primary_contact) - Number(a.is_primary_contact) ||
      RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) ||
      a.user.full_name.localeCompare(b.user.full_name),
  );
}
