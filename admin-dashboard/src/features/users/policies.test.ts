import { describe, expect, it } from 'vitest';

import { makeUser } from '@/testing/test-utils';

import { mayGetSetPasswordLink, ownsPassword, userActions } from './policies';

const villageAdmin = { id: 1, canWrite: true, canDelete: false, canRevokeSessions: false, assignableRoles: ['resident'] as const };

describe('user policies', () => {
  it('a password is one’s own once chosen, not while it is the office’s first one', () => {
    expect(ownsPassword({ has_password: true, password_change_required: false })).toBe(true);
    expect(ownsPassword({ has_password: true, password_change_required: true })).toBe(false);
    expect(ownsPassword({ has_password: false, password_change_required: false })).toBe(false);
    expect(mayGetSetPasswordLink({ has_password: true, password_change_required: true })).toBe(true);
  });

  it('a village admin manages residents only, and offers links to those without their own password', () => {
    const resident = makeUser({ id: 7, role: 'resident', has_password: false });
    expect(userActions(villageAdmin, resident)).toMatchObject({ edit: true, changeStatus: true, remove: false, setPasswordLink: true });
    expect(userActions(villageAdmin, { ...resident, has_password: true }).setPasswordLink).toBe(false);
    expect(userActions(villageAdmin, makeUser({ id: 8, role: 'accounting_admin' }))).toMatchObject({ edit: false, setPasswordLink: false });
  });

  it('nobody gets a link, a status change or a deletion for their own account', () => {
    const self = makeUser({ id: 1, role: 'resident', has_password: false });
    expect(userActions({ ...villageAdmin, canDelete: true }, self)).toMatchObject({ changeStatus: false, remove: false, setPasswordLink: false });
  });
});
