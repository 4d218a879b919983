/**
 * Money arrives as integer satang (1 baht = 100 satang); it is shown as baht
 * with two decimals, "1,250.50" (or "฿1,250.50"), and typed as baht text that
 * is parsed to satang exactly. Integer and string arithmetic only: a satang
 * amount is never divided into a binary float.
 */
import { intlLocale } from './format';

/** "12345" satang → "123.45": the exact decimal text of an amount. */
function decimalText(satang: number): string {
  const abs = Math.abs(Math.trunc(satang));
  return `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Thai grouping with two decimals: 460000 → "4,600.00" (Intl formats the exact decimal string, not a float). */
const SATANG_FORMAT = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatSatang(satang: number): string {
  const sign = satang < 0 ? '-' : '';
  // Intl.NumberFormat takes a decimal string exactly (ES2023); the cast keeps older lib typings quiet.
  return sign + SATANG_FORMAT.format(decimalText(satang) as unknown as number);
}

export function formatBaht(satang: number, language: string): string {
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(satang));
  const baht = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const whole = new Intl.NumberFormat(intlLocale(language)).format(baht);
  return `${sign}฿${whole}.${rest}`;
}

/** The largest amount a form takes: 99,999,999.99 baht (far beyond any village bill, well inside a safe integer). */
export const MAX_SATANG = 9_999_999_999;

/**
 * Baht as typed ("1,234.5", "฿ 2000", "20") → integer satang (123450, 200000,
 * 2000), by string arithmetic; null when it is not an amount: a sign, more
 * than two decimals, letters, or above MAX_SATANG.
 */
export function parseBahtToSatang(text: string): number | null {
  const cleaned = text.replace(/[฿\s,]/g, '').replace(/บาท$/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned) ?? /^()\.(\d{1,2})$/.exec(cleaned);
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > 8) return null;
  const satang = Number(whole) * 100 + Number(fraction);
  return satang <= MAX_SATANG ? satang : null;
}

/** Satang → the text a baht input shows for editing: 123450 → "1234.50", 200000 → "2000.00". */
export function satangToBahtInput(satang: number): string {
  return (satang < 0 ? '-' : '') + decimalText(satang);
}
