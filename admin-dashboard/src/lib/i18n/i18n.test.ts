import { describe, expect, it } from 'vitest';

import { formatDate, formatDay, intlLocale } from '../format';
import { en } from './locales/en';
import { th } from './locales/th';

function values(value: object): string[] {
  return Object.values(value).flatMap((child) => (typeof child === 'object' && child !== null ? values(child) : [child]));
}

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('Thai has every English string (field-error codes aside)', () => {
    const english = keys(en).filter((k) => !k.startsWith('fieldErrors.'));
    const thai = new Set(keys(th));
    expect(english.filter((k) => !thai.has(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...values(en), ...values(th)].filter((text) => typeof text !== 'string' || !text.trim())).toEqual([]);
  });

  it('Thai strings are Thai, not English left behind', () => {
    const english = new Set(values(en));
    // Latin words outside {{placeholders}}: fine in a brand name ("IP"), not in a sentence.
    const latinWords = (text: string) => text.replace(/{{[^}]+}}/g, '').match(/[A-Za-z]{3,}/g) ?? [];
    const leftovers = values(th).filter((text) => english.has(text) && latinWords(text).length > 0);
    expect(leftovers).toEqual([]);
  });
});

describe('dates', () => {
  it('uses the Buddhist era in Thai', () => {
    expect(intlLocale('th')).toBe('th-TH-u-ca-buddhist');
    const thai = formatDate('2026-11-28T10:00:00Z', 'th');
    expect(thai).toContain('2569'); // 2026 + 543
    expect(thai).not.toContain('2026');
  });

  it('uses the Gregorian calendar in English', () => {
    expect(formatDate('2026-11-28T10:00:00Z', 'en')).toContain('2026');
  });

  it('shows a dash for a missing or broken date', () => {
    expect(formatDate(null, 'en')).toBe('—');
    expect(formatDate('not a date', 'th')).toBe('—');
  });

  it('labels a calendar day without drifting across time zones', () => {
    expect(formatDay('2026-01-01', 'en')).toMatch(/1/);
    expect(formatDay('2026-01-01', 'en')).toMatch(/Jan/);
  });
});
