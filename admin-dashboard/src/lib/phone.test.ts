import { describe, expect, it } from 'vitest';

import { formatPhone, phoneHref } from './phone';

describe('formatPhone', () => {
  it.each([
    ['0812345678', '081-234-5678'],
    ['+66812345678', '081-234-5678'],
    ['+66 89 765 4321', '089-765-4321'],
    ['0612345678', '061-234-5678'],
    ['021234567', '02-123-4567'], // Bangkok landline
    ['+6621234567', '02-123-4567'],
    ['053123456', '053-123-456'], // Chiang Mai landline
  ])('shows %s as %s', (raw, shown) => {
    expect(formatPhone(raw)).toBe(shown);
  });

  it.each([
    ['12345', '12345'], // too short to be Thai
    ['+4420 7946 0958', '+4420 7946 0958'], // not Thai: as stored
    ['08123456789012', '08123456789012'],
    ['call me', 'call me'],
    ['  0812345678  ', '081-234-5678'],
  ])('leaves %s alone or tidies it (%s)', (raw, shown) => {
    expect(formatPhone(raw)).toBe(shown);
  });

  it('shows nothing for no number', () => {
    expect(formatPhone(null)).toBe('');
    expect(formatPhone(undefined)).toBe('');
    expect(formatPhone('')).toBe('');
  });
});

describe('phoneHref', () => {
  it('dials Thai numbers in the international form', () => {
    expect(phoneHref('0812345678')).toBe('tel:+66812345678');
    expect(phoneHref('+66812345678')).toBe('tel:+66812345678');
    expect(phoneHref('021234567')).toBe('tel:+6621234567');
  });

  it('keeps the digits of other numbers', () => {
    expect(phoneHref('+44 20 7946 0958')).toBe('tel:+442079460958');
  });
});
