import { describe, expect, it } from 'vitest';

import type { Role } from '@/config/constants';
import { makeMe } from '@/testing/test-utils';

import { approvesFinance, isBillerId, isPromptPayId, managesFinance, recordsPayments, seesFinance } from './policies';

const staff = (role: Role) => ({ ...makeMe(role), scope: 'all' as const });

describe('finance policies (village.md permission table)', () => {
  it.each<[Role, boolean, boolean, boolean, boolean]>([
    // role            sees   manages records approves
    ['super_admin', true, true, true, true],
    ['village_admin', true, false, true, false],
    ['accounting_admin', true, true, true, true],
  ])('a %s: sees %s, manages %s, records %s, approves %s', (role, sees, manages, records, approves) => {
    const me = staff(role);
    expect([seesFinance(me), managesFinance(me), recordsPayments(me), approvesFinance(me)]).toEqual([sees, manages, records, approves]);
  });

  it('gives a resident none of the office pages: their finance:read reaches their own houses only', () => {
    const me = { ...makeMe('resident', { permissions: ['finance:read'] }), scope: 'own_houses' as const };
    expect([seesFinance(me), managesFinance(me), recordsPayments(me), approvesFinance(me)]).toEqual([false, false, false, false]);
    expect(seesFinance(null)).toBe(false);
  });
});

describe('PromptPay ids', () => {
  it('takes a 13-digit tax id or a 10-digit mobile number', () => {
    expect(isPromptPayId('0105551234567')).toBe(true);
    expect(isPromptPayId('0812345678')).toBe(true);
    expect(isPromptPayId('812345678')).toBe(false);
    expect(isPromptPayId('08123456789')).toBe(false);
    expect(isPromptPayId('081-234-5678')).toBe(false);
  });

  it('takes a 15-digit biller id', () => {
    expect(isBillerId('010555123456701')).toBe(true);
    expect(isBillerId('01055512345670')).toBe(false);
  });
});
