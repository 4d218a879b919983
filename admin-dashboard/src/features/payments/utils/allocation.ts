/**
 * The suggested allocation of a payment (village.md "Payments and receipts"):
 * oldest due first, each invoice up to what it still owes; whatever is left
 * becomes the house's credit. All in integer satang.
 */
export interface OpenInvoice {
  id: number;
  due_date: string;
  issue_date: string;
  number: string;
  outstanding_satang: number;
}

export function oldestDueFirst<T extends OpenInvoice>(invoices: readonly T[]): T[] {
  return [...invoices].sort(
    (a, b) => a.due_date.localeCompare(b.due_date) || a.issue_date.localeCompare(b.issue_date) || a.number.localeCompare(b.number),
  );
}

export function suggestAllocation(invoices: readonly OpenInvoice[], amountSatang: number): Record<number, number> {
  let left = Math.max(0, amountSatang);
  const out: Record<number, number> = {};
  for (const invoice of oldestDueFirst(invoices)) {
    const take = Math.min(left, invoice.outstanding_satang);
    out[invoice.id] = take;
    left -= take;
  }
  return out;
}

export interface AllocationCheck {
  allocatedSatang: number;
  /** What becomes the house's credit (never negative). */
  creditSatang: number;
  /** Invoice ids given more than they owe. */
  overInvoice: number[];
  /** More allocated than paid. */
  overPaid: boolean;
}

export function checkAllocation(invoices: readonly OpenInvoice[], amountSatang: number, allocation: Record<number, number | null>): AllocationCheck {
  let allocated = 0;
  const overInvoice: number[] = [];
  for (const invoice of invoices) {
    const amount = allocation[invoice.id] ?? 0;
    allocated += amount;
    if (amount > invoice.outstanding_satang) overInvoice.push(invoice.id);
  }
  return { allocatedSatang: allocated, creditSatang: Math.max(0, amountSatang - allocated), overInvoice, overPaid: allocated > amountSatang };
}
