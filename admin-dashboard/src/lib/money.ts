/**
 * Money arrives as integer satang (1 baht = 100 satang); it is shown as baht
 * with two decimals, "1,250.50" (or "฿1,250.50"), and typed as baht text that
 * is parsed to satang exactly. Integer and string arithmetic only: a satang
 * amount is never divided into a binary float, and typed baht are parsed digit
 * by digit.
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

/** 125050 → "1250.50", -5 → "-0.05": the exact decimal text of an amount of satang. */
export function satangToDecimal(satang: number): string {
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(satang));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 125050 → "1250.50", 100000 → "1000": how an amount is prefilled in a baht input. */
export function satangToInput(satang: number): string {
  const text = satangToDecimal(satang);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

export type BahtParse = { ok: true; satang: number } | { ok: false; error: 'empty' | 'invalid' | 'tooManyDecimals' | 'negative' | 'tooLarge' };

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
/** The largest amount accepted: 99,999,999.99 baht (a common fee is never near it). */
export const MAX_SATANG = 9_999_999_999;

/**
 * Baht typed by a person → integer satang, exactly: "1,250.5" → 125050,
 * "฿ 2,000" → 200000, Thai digits too. Grouping commas must group by three.
 * More than two decimals, a sign, letters or an empty field are errors.
 */
export function parseBaht(input: string): BahtParse {
  let text = input.trim().replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
  text = text.replace(/^฿\s*/, '').replace(/\s*(บาท|THB|baht)$/i, '').trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.startsWith('-')) return { ok: false, error: 'negative' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === undefined && !match[2])) return { ok: false, error: 'invalid' };
  const whole = (match[1] ?? '0').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, error: 'tooManyDecimals' };
  const digits = `${whole}${fraction.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_SATANG).length || Number(digits) > MAX_SATANG) return { ok: false, error: 'tooLarge' };
  return { ok: true, satang: Number(digits) };
}

/** Baht as typed → integer satang, or null when it is not an amount (parseBaht without the reason). */
export function parseBahtToSatang(text: string): number | null {
  const parsed = parseBaht(text);
  return parsed.ok ? parsed.satang : null;
}

/** Satang → the text a baht input shows for editing: 123450 → "1234.50", 200000 → "2000.00". */
export function satangToBahtInput(satang: number): string {
  return satangToDecimal(satang);
}
