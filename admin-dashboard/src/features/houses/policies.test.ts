import { describe, expect, it } from 'vitest';

import { ROLES } from '@/config/constants';

import { HOUSE_SCOPES, memberActions, seesEveryHouse, sortMembers } from './policies';

const person = (full_name: string) => ({ id: 1, full_name, phone: null, email: null, has_password: false });

describe('house policies', () => {
  it('staff see every house, a resident their own (the backend ROLE_SCOPES)', () => {
    expect(ROLES.filter((role) => seesEveryHouse({ role }))).toEqual(['super_admin', 'village_admin', 'accounting_admin']);
    expect(HOUSE_SCOPES.resident).toBe('own_houses');
  });

  it('an ended membership is history: nothing may change it', () => {
    expect(memberActions({ moved_out_on: '2026-10-01', is_primary_contact: false }, true)).toEqual({
      changeRelation: false,
      makePrimary: false,
      end: false,
      remove: false,
    });
    expect(memberActions({ moved_out_on: null, is_primary_contact: true }, true)).toEqual({
      changeRelation: true,
      makePrimary: false,
      end: true,
      remove: true,
    });
    expect(memberActions({ moved_out_on: null, is_primary_contact: false }, false).end).toBe(false);
  });

  it('lists the primary contact first, owners before others, past members last', () => {
    const members = [
      { relation: 'tenant' as const, is_primary_contact: false, moved_out_on: null, user: person('Ann') },
      { relation: 'owner' as const, is_primary_contact: false, moved_out_on: '2025-01-01', user: person('Old Owner') },
      { relation: 'family' as const, is_primary_contact: true, moved_out_on: null, user: person('Zed') },
      { relation: 'owner' as const, is_primary_contact: false, moved_out_on: null, user: person('Bee') },
    ];
    expect(sortMembers(members).map((m) => m.user.full_name)).toEqual(['Zed', 'Bee', 'Ann', 'Old Owner']);
  });
});
