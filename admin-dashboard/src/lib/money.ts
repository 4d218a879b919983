/**
 * Money arrives as integer satang (1 baht = 100 satang); it is shown as baht
 * with two decimals, "฿1,250.50", in the user's language. Integer arithmetic
 * only: the baht and satang parts are split before formatting.
 */
import { intlLocale } from './format';

export function formatBaht(satang: number, language: string): string {
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(satang));
  const baht = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const whole = new Intl.NumberFormat(intlLocale(language)).format(baht);
  return `${sign}฿${whole}.${rest}`;
}
