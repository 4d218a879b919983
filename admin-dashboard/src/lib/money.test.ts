import { describe, expect, it } from 'vitest';

import { formatBaht } from './money';

describe('formatBaht', () => {
  it('shows satang as baht with two decimals', () => {
    expect(formatBaht(0, 'en')).toBe('฿0.00');
    expect(formatBaht(125050, 'en')).toBe('฿1,250.50');
    expect(formatBaht(5, 'th')).toBe('฿0.05');
    expect(formatBaht(-160000, 'th')).toBe('-฿1,600.00');
  });

  it('never shows a float artefact', () => {
    expect(formatBaht(1999999999, 'en')).toBe('฿19,999,999.99');
  });
});
