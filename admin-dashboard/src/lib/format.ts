/**
 * Dates and numbers in the user's language: Thai uses the Buddhist calendar
 * (พ.ศ., e.g. 2569 for 2026), English the Gregorian one.
 */

export function intlLocale(language: string): string {
  if (language.startsWith('th')) return 'th-TH-u-ca-buddhist';
  const english = typeof navigator !== 'undefined'
    ? (navigator.languages ?? []).find((l) => l.toLowerCase().startsWith('en'))
    : undefined;
  return english ?? 'en-GB';
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  const date = toDate(value);
  if (!date) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium' }).format(date);
}

/**
 * The village's time zone: instants are shown as the office and the forms mean them
 * (a slip "transferred at 15:06" reads 15:06 whatever the browser's own zone).
 */
export const VILLAGE_TIME_ZONE = 'Asia/Bangkok';

export function formatDateTime(
  value: string | Date | null | undefined,
  language: string,
  timeZone: string = VILLAGE_TIME_ZONE,
): string {
  const date = toDate(value);
  if (!date) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** A calendar day from the API ("2026-11-28") as a short label, without time-zone drift. */
export function formatDay(isoDay: string, language: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** A period from the API ("2027-01") as "January 2027" / "มกราคม 2570". */
export function formatMonth(period: string, language: string): string {
  const [y, m] = period.split('-').map(Number);
  if (!y || !m) return period;
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A calendar day from the API ("2026-11-28") in full, without time-zone drift: "28 Nov 2026" / "28 พ.ย. 2569". */
export function formatIsoDay(isoDay: string | null | undefined, language: string): string {
  if (!isoDay) return '—';
  const [y, m, d] = isoDay.split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
