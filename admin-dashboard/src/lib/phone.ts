/**
 * Thai phone numbers as people write them. The API stores digits only
 * ("0812345678", or "+66812345678" as typed); tables and details show
 * "081-234-5678". Anything that is not a recognisable Thai number is shown
 * exactly as stored, never guessed at.
 */

/** The national form (leading 0) of a Thai number, or null for anything else. */
function thaiDigits(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  if (/^\+66\d{8,9}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^0\d{8,9}$/.test(compact)) return compact;
  return null;
}

export function formatPhone(raw: string | null | undefined): string {
  if (!raw) return '';
  const digits = thaiDigits(raw.trim());
  if (!digits) return raw.trim();
  // Mobile (06, 08, 09) numbers: 10 digits, grouped 3-3-4.
  if (digits.length === 10 && /^0[689]/.test(digits)) {
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  }
  // Bangkok landlines: 02 and 7 digits.
  if (digits.length === 9 && digits.startsWith('02')) {
    return `${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}`;
  }
  // Provincial landlines: a three-digit area code and 6 digits.
  if (digits.length === 9) {
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  }
  return raw.trim();
}

/** A tel: link target: the international form for Thai numbers, the digits otherwise. */
export function phoneHref(raw: string): string {
  const digits = thaiDigits(raw.trim());
  if (digits) return `tel:+66${digits.slice(1)}`;
  return `tel:${raw.replace(/[^\d+]/g, '')}`;
}
