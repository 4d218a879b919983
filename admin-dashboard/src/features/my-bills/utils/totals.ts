/**
 * My bills at a glance: what is still owed across the person's houses, and the
 * order a person reads bills in (open ones first, the overdue at the top,
 * then the paid history, newest first). Integer satang throughout.
 */
import type { Invoice } from '../api/my-bills';
import { isOpen } from '../policies';

type Bill = Pick<Invoice, 'id' | 'status' | 'outstanding_satang' | 'overdue' | 'due_date' | 'issue_date' | 'house'>;

export interface HouseOwing {
  houseId: number;
  houseNumber: string;
  outstandingSatang: number;
  openCount: number;
  overdueCount: number;
}

export interface BillsSummary {
  outstandingSatang: number;
  overdueSatang: number;
  openCount: number;
  overdueCount: number;
  byHouse: HouseOwing[];
}

export function summarize(invoices: readonly Bill[]): BillsSummary {
  const byHouse = new Map<number, HouseOwing>();
  const summary: BillsSummary = { outstandingSatang: 0, overdueSatang: 0, openCount: 0, overdueCount: 0, byHouse: [] };
  for (const invoice of invoices) {
    if (!isOpen(invoice)) continue;
    const house = byHouse.get(invoice.house.id) ?? { houseId: invoice.house.id, houseNumber: invoice.house.house_number, outstandingSatang: 0, openCount: 0, overdueCount: 0 };
    house.outstandingSatang += invoice.outstanding_satang;
    house.openCount += 1;
    summary.outstandingSatang += invoice.outstanding_satang;
    summary.openCount += 1;
    if (invoice.overdue) {
      house.overdueCount += 1;
      summary.overdueCount += 1;
      summary.overdueSatang += invoice.outstanding_satang;
    }
    byHouse.set(house.houseId, house);
  }
  summary.byHouse = [...byHouse.values()].sort((a, b) => a.houseNumber.localeCompare(b.houseNumber, 'th', { numeric: true }));
  return summary;
}

/** Open bills (overdue first, then by due date) and the rest (newest first). */
export function splitBills<T extends Bill>(invoices: readonly T[]): { open: T[]; settled: T[] } {
  const open = invoices.filter(isOpen).sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due_date.localeCompare(b.due_date) || a.id - b.id);
  const settled = invoices.filter((invoice) => !isOpen(invoice)).sort((a, b) => b.issue_date.localeCompare(a.issue_date) || b.id - a.id);
  return { open, settled };
}

/** The sum still owed on the chosen invoices: what an "I paid" form starts with. */
export function outstandingOf(invoices: readonly Pick<Invoice, 'id' | 'outstanding_satang' | 'status'>[], ids: readonly number[]): number {
  const chosen = new Set(ids);
  return invoices.filter((invoice) => chosen.has(invoice.id) && isOpen(invoice)).reduce((sum, invoice) => sum + invoice.outstanding_satang, 0);
}

/** The months an invoice bills, as YYYY-MM ("2026-12"), in order, each once. */
export function billedMonths(lines: readonly { month?: string | null }[]): string[] {
  return [...new Set(lines.map((line) => line.month?.slice(0, 7)).filter((m): m is string => !!m))].sort();
}
