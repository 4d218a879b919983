/**
 * Small pure rules of the reports: a collection rate from its decimal string
 * as a percentage (string arithmetic, no float), the default month range, and
 * the arrears filters read from the URL (anything malformed is dropped).
 */
import { ARREARS_BUCKETS, ELIGIBILITIES } from '@/types/finance-control';
import type { ArrearsBucket, Eligibility } from '@/types/finance-control';

import type { ArrearsQuery } from './api/reports';

/** "0.9525" → "95.25%", "1" → "100%", null → "—" (at most two decimals, rounded half up). */
export function formatRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const match = /^(\d+)(?:\.(\d*))?$/.exec(rate.trim());
  if (!match) return '—';
  const digits = `${match[1]}${(match[2] ?? '').padEnd(5, '0').slice(0, 5)}`; // ×100000: percent with 3 decimals
  let hundredths = Math.floor(Number(digits) / 10); // percent ×100
  if (Number(digits) % 10 >= 5) hundredths += 1;
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

/** The month `delta` months from "YYYY-MM". */
export function addMonths(period: string, delta: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The village's current month, "YYYY-MM", from a day ("2026-11-30") or the clock in Bangkok. */
export function currentMonth(today?: string): string {
  if (today && DAY.test(today)) return today.slice(0, 7);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** The arrears report's filters from the URL: `as_of`, `zone`, `bucket`, `eligible`. */
export function arrearsQueryFrom(params: URLSearchParams): ArrearsQuery {
  const query: ArrearsQuery = {};
  const asOf = params.get('as_of');
  if (asOf && DAY.test(asOf)) query.as_of = asOf;
  const zone = params.get('zone')?.trim().slice(0, 50);
  if (zone) query.zone = zone;
  const bucket = ARREARS_BUCKETS.find((b) => b === params.get('bucket'));
  if (bucket) query.bucket = bucket as ArrearsBucket;
  const eligible = ELIGIBILITIES.find((e) => e === params.get('eligible'));
  if (eligible) query.eligible = eligible as Eligibility;
  return query;
}

export const BUCKET_COLORS: Record<ArrearsBucket, string> = {
  current: 'gray.5',
  '1_30': 'yellow.6',
  '31_60': 'orange.6',
  '61_90': 'orange.8',
  '91_180': 'red.6',
  over_180: 'red.9',
};
