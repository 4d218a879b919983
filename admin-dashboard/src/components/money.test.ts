import { describe, expect, it } from 'vitest';

import { formatSatang, formatSatangBaht } from './money';

describe('formatSatang', () => {
  it('formats the exact decimal in both languages', () => {
    expect(formatSatang(125050, 'th')).toBe('1,250.50');
    expect(formatSatang(125050, 'en')).toBe('1,250.50');
    expect(formatSatang(5, 'th')).toBe('0.05');
    expect(formatSatang(0, 'en')).toBe('0.00');
    // 0.1 + 0.2 territory: 30 satang stays 0.30, and a large amount keeps its last satang
    expect(formatSatang(30, 'th')).toBe('0.30');
    expect(formatSatang(999_999_999_999, 'en')).toBe('9,999,999,999.99');
  });

  it('puts the baht sign after the minus', () => {
    expect(formatSatangBaht(-160000, 'th')).toBe('-฿1,600.00');
    expect(formatSatangBaht(460000, 'en')).toBe('฿4,600.00');
  });
});
