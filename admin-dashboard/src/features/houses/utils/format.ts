/** House numbers for people: areas with their unit, in the user's language. */
import { intlLocale } from '@/lib/format';

/** 50.25 → "50.25" ("50" for a whole number); null → "—". */
export function formatArea(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(value);
}
