import { describe, expect, it } from 'vitest';

import { formatBaht, formatSatang, MAX_SATANG, parseBaht, parseBahtToSatang, satangToBahtInput, satangToDecimal, satangToInput } from './money';

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

describe('satangToDecimal', () => {
  it('writes satang as decimal text for inputs', () => {
    expect(satangToDecimal(125050)).toBe('1250.50');
    expect(satangToDecimal(-5)).toBe('-0.05');
    expect(satangToInput(100000)).toBe('1000');
    expect(satangToInput(125050)).toBe('1250.50');
  });
});

describe('parseBaht', () => {
  const ok = (text: string) => {
    const result = parseBaht(text);
    return result.ok ? result.satang : result.error;
  };

  it('turns typed baht into integer satang exactly', () => {
    expect(ok('1250.50')).toBe(125050);
    expect(ok('1,250.5')).toBe(125050);
    expect(ok('1,600')).toBe(160000);
    expect(ok('  ฿ 2,000.00 ')).toBe(200000);
    expect(ok('2000 บาท')).toBe(200000);
    expect(ok('0.07')).toBe(7);
    expect(ok('.5')).toBe(50);
    expect(ok('12.')).toBe(1200);
    expect(ok('๑,๒๕๐.๕๐')).toBe(125050);
    expect(ok('007')).toBe(700);
  });

  it('never goes through a float (amounts floats get wrong)', () => {
    // 1.15 * 100 = 114.99999999999999 and 4.35 * 100 = 434.99999999999994 in binary floating point
    expect(ok('1.15')).toBe(115);
    expect(ok('4.35')).toBe(435);
    expect(ok('1005.99')).toBe(100599);
    expect(ok('99,999,999.99')).toBe(MAX_SATANG);
  });

  it('refuses what is not an amount', () => {
    expect(ok('')).toBe('empty');
    expect(ok('   ')).toBe('empty');
    expect(ok('-100')).toBe('negative');
    expect(ok('1.005')).toBe('tooManyDecimals');
    expect(ok('12a')).toBe('invalid');
    expect(ok('1,25')).toBe('invalid');
    expect(ok('1,2500.00')).toBe('invalid');
    expect(ok('1e3')).toBe('invalid');
    expect(ok('.')).toBe('invalid');
    expect(ok('1.2.3')).toBe('invalid');
    expect(ok('100,000,000')).toBe('tooLarge');
  });
});

describe('formatSatang', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatSatang(460000)).toBe('4,600.00');
    expect(formatSatang(0)).toBe('0.00');
    expect(formatSatang(5)).toBe('0.05');
    expect(formatSatang(100)).toBe('1.00');
    expect(formatSatang(-250050)).toBe('-2,500.50');
  });

  it('is exact where a float would not be', () => {
    expect(formatSatang(MAX_SATANG)).toBe('99,999,999.99');
    expect(formatSatang(1005)).toBe('10.05');
    expect(formatSatang(29)).toBe('0.29');
  });
});

describe('parseBahtToSatang', () => {
  it.each([
    ['20', 2000],
    ['20.5', 2050],
    ['20.50', 2050],
    ['0.29', 29],
    ['.5', 50],
    ['1,234.56', 123456],
    ['฿ 4,600.00', 460000],
    ['2500บาท', 250000],
    ['007', 700],
    ['1.', 100],
    ['99999999.99', MAX_SATANG],
  ])('reads %s baht as %i satang', (text, satang) => {
    expect(parseBahtToSatang(text)).toBe(satang);
  });

  it.each(['', ' ', '-5', '+5', '1.234', 'abc', '1e3', '12a', '1.2.3', '100000000', '0x10', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseBahtToSatang(text)).toBeNull();
  });

  it('round-trips every satang of the first baht and a few large amounts', () => {
    for (let satang = 0; satang <= 100; satang += 1) expect(parseBahtToSatang(satangToBahtInput(satang))).toBe(satang);
    for (const satang of [123456789, 1, 110, 1099, 9_999_999_999]) expect(parseBahtToSatang(satangToBahtInput(satang))).toBe(satang);
  });

  it('agrees with the display format', () => {
    expect(parseBahtToSatang(formatSatang(8_765_432_1))).toBe(8_765_432_1);
  });
});
