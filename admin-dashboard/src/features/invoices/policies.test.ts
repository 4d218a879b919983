import { describe, expect, it } from 'vitest';

import { makeMe } from '@/testing/test-utils';

import { canVoid, hasPromptPay } from './policies';

const open = { status: 'issued' as const, paid_satang: 0, credited_satang: 0, outstanding_satang: 100000 };

describe('canVoid', () => {
  it('lets the accountant void an invoice nothing has touched', () => {
    expect(canVoid(makeMe('accounting_admin'), open)).toBe(true);
  });

  it('refuses once anything is paid or credited, or the invoice is void', () => {
    const me = makeMe('accounting_admin');
    expect(canVoid(me, { ...open, status: 'partially_paid', paid_satang: 1 })).toBe(false);
    expect(canVoid(me, { ...open, credited_satang: 500 })).toBe(false);
    expect(canVoid(me, { ...open, status: 'void' })).toBe(false);
  });

  it('is not the village admin’s (no finance:write)', () => {
    expect(canVoid(makeMe('village_admin'), open)).toBe(false);
    expect(canVoid(null, open)).toBe(false);
  });
});

describe('hasPromptPay', () => {
  it('is offered while something is outstanding', () => {
    expect(hasPromptPay(open)).toBe(true);
    expect(hasPromptPay({ status: 'partially_paid', outstanding_satang: 1 })).toBe(true);
    expect(hasPromptPay({ status: 'paid', outstanding_satang: 0 })).toBe(false);
    expect(hasPromptPay({ status: 'void', outstanding_satang: 100 })).toBe(false);
  });
});
