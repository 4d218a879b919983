import { describe, expect, it } from 'vitest';

import { makeInvoice } from '../testing/fixtures';
import { billedMonths, outstandingOf, splitBills, summarize } from './totals';

const house2 = { id: 2, house_number: '12/9' };
const bills = [
  makeInvoice({ id: 1, due_date: '2026-11-15', issue_date: '2026-11-01', overdue: true, outstanding_satang: 160000 }),
  makeInvoice({ id: 2, due_date: '2026-12-15', issue_date: '2026-12-01', status: 'partially_paid', paid_satang: 60000, outstanding_satang: 100000 }),
  makeInvoice({ id: 3, house: house2, due_date: '2026-12-15', issue_date: '2026-12-01', outstanding_satang: 200050, total_satang: 200050 }),
  makeInvoice({ id: 4, due_date: '2026-10-15', issue_date: '2026-10-01', status: 'paid', paid_satang: 160000, outstanding_satang: 0 }),
  makeInvoice({ id: 5, due_date: '2026-09-15', issue_date: '2026-09-01', status: 'void', outstanding_satang: 0 }),
];

describe('My bills totals', () => {
  it('adds what is still owed across houses, in satang', () => {
    const summary = summarize(bills);
    expect(summary.outstandingSatang).toBe(160000 + 100000 + 200050);
    expect(summary.openCount).toBe(3);
    expect(summary.overdueCount).toBe(1);
    expect(summary.overdueSatang).toBe(160000);
    expect(summary.byHouse).toEqual([
      { houseId: 2, houseNumber: '12/9', outstandingSatang: 200050, openCount: 1, overdueCount: 0 },
      { houseId: 1, houseNumber: '55/1', outstandingSatang: 260000, openCount: 2, overdueCount: 1 },
    ]);
  });

  it('owes nothing when every bill is settled', () => {
    expect(summarize([bills[3]!, bills[4]!]).outstandingSatang).toBe(0);
  });

  it('lists the overdue first, then by due date; the history newest first', () => {
    const { open, settled } = splitBills(bills);
    expect(open.map((b) => b.id)).toEqual([1, 2, 3]);
    expect(settled.map((b) => b.id)).toEqual([4, 5]);
  });

  it('starts "I paid" with what the chosen open bills owe', () => {
    expect(outstandingOf(bills, [1, 2])).toBe(260000);
    expect(outstandingOf(bills, [4])).toBe(0);
    expect(outstandingOf(bills, [])).toBe(0);
  });

  it('names each billed month once, in order', () => {
    const lines = [{ month: '2027-01' }, { month: '2026-12' }, { month: '2027-01' }, { month: null }];
    expect(billedMonths(lines)).toEqual(['2026-12', '2027-01']);
  });
});
