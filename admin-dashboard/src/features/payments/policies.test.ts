import { describe, expect, it } from 'vitest';

import { makeMe } from '@/testing/test-utils';

import { awaitsSomeoneElse, canCancel, canConfirm, canReverse } from './policies';

const accountant = makeMe('accounting_admin', { id: 10 });
const villageAdmin = makeMe('village_admin', { id: 20 });
const byAdmin = { status: 'pending' as const, recorded_by: { id: 20, full_name: 'Admin' } };
const byAccountant = { status: 'pending' as const, recorded_by: { id: 10, full_name: 'Accountant' } };

describe('payment policies (maker–checker)', () => {
  it('lets the accountant confirm what the village admin recorded', () => {
    expect(canConfirm(accountant, byAdmin)).toBe(true);
  });

  it('never lets the recorder confirm or reverse their own payment', () => {
    expect(canConfirm(accountant, byAccountant)).toBe(false);
    expect(canReverse(accountant, { ...byAccountant, status: 'confirmed' })).toBe(false);
    expect(awaitsSomeoneElse(accountant, byAccountant)).toBe(true);
  });

  it('gives the village admin (a maker, no finance:approve) no confirm or reverse', () => {
    expect(canConfirm(villageAdmin, byAccountant)).toBe(false);
    expect(canReverse(villageAdmin, { ...byAccountant, status: 'confirmed' })).toBe(false);
    expect(awaitsSomeoneElse(villageAdmin, byAdmin)).toBe(true);
  });

  it('lets the recorder or a checker cancel a pending payment, nothing else', () => {
    expect(canCancel(villageAdmin, byAdmin)).toBe(true);
    expect(canCancel(villageAdmin, byAccountant)).toBe(false);
    expect(canCancel(accountant, byAdmin)).toBe(true);
    expect(canCancel(accountant, { ...byAdmin, status: 'confirmed' })).toBe(false);
  });

  it('reverses only confirmed payments', () => {
    expect(canReverse(accountant, { ...byAdmin, status: 'confirmed' })).toBe(true);
    expect(canReverse(accountant, { ...byAdmin, status: 'reversed' })).toBe(false);
    expect(canReverse(accountant, byAdmin)).toBe(false);
  });
});
