import { describe, expect, it } from 'vitest';

import { checkAllocation, suggestAllocation } from './allocation';

const invoices = [
  { id: 2, number: 'INV2569-000002', issue_date: '2026-12-01', due_date: '2026-12-16', outstanding_satang: 160000 },
  { id: 1, number: 'INV2569-000001', issue_date: '2026-11-01', due_date: '2026-11-16', outstanding_satang: 100000 },
  { id: 3, number: 'INV2570-000001', issue_date: '2027-01-01', due_date: '2027-01-16', outstanding_satang: 50000 },
];

describe('suggestAllocation', () => {
  it('pays the oldest due first, each up to what it owes', () => {
    expect(suggestAllocation(invoices, 200000)).toEqual({ 1: 100000, 2: 100000, 3: 0 });
  });

  it('settles everything and leaves the rest for credit', () => {
    expect(suggestAllocation(invoices, 400000)).toEqual({ 1: 100000, 2: 160000, 3: 50000 });
    expect(checkAllocation(invoices, 400000, suggestAllocation(invoices, 400000)).creditSatang).toBe(90000);
  });

  it('allocates nothing from nothing', () => {
    expect(suggestAllocation(invoices, 0)).toEqual({ 1: 0, 2: 0, 3: 0 });
  });
});

describe('checkAllocation', () => {
  it('flags an invoice given more than it owes, and more allocated than paid', () => {
    const check = checkAllocation(invoices, 100000, { 1: 50000, 2: 170000, 3: null });
    expect(check).toEqual({ allocatedSatang: 220000, creditSatang: 0, overInvoice: [2], overPaid: true });
  });
});
