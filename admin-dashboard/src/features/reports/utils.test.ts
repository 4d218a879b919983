import { describe, expect, it } from 'vitest';

import { addMonths, arrearsQueryFrom, currentMonth, formatRate } from './utils';

describe('report helpers', () => {
  it('reads a collection rate as a percentage without floats', () => {
    expect(formatRate('0.9525')).toBe('95.25%');
    expect(formatRate('1')).toBe('100%');
    expect(formatRate('1.0000')).toBe('100%');
    expect(formatRate('0.5')).toBe('50%');
    expect(formatRate('0.12345')).toBe('12.35%');
    expect(formatRate('0.00004')).toBe('0%');
    expect(formatRate(null)).toBe('—');
    expect(formatRate('x')).toBe('—');
  });

  it('counts months across years', () => {
    expect(addMonths('2026-11', -11)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(currentMonth('2026-11-30')).toBe('2026-11');
  });

  it('drops malformed arrears filters from the URL', () => {
    expect(arrearsQueryFrom(new URLSearchParams('as_of=2026-11-30&zone=A&bucket=31_60&eligible=suspension'))).toEqual({
      as_of: '2026-11-30', zone: 'A', bucket: '31_60', eligible: 'suspension',
    });
    expect(arrearsQueryFrom(new URLSearchParams('as_of=30/11/2026&bucket=old&eligible=jail'))).toEqual({});
  });
});
