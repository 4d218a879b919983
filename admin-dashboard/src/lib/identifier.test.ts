import { describe, expect, it } from 'vitest';

import { looksLikeEmail, signInIdentifier } from './identifier';

describe('signInIdentifier', () => {
  it('sends an email when there is an @', () => {
    expect(signInIdentifier(' somchai@example.com ')).toEqual({ email: 'somchai@example.com' });
    expect(signInIdentifier('Somchai@Example.COM')).toEqual({ email: 'Somchai@Example.COM' });
  });

  it('sends a phone otherwise, as typed (the API normalises it)', () => {
    expect(signInIdentifier('081-234-5678')).toEqual({ phone: '081-234-5678' });
    expect(signInIdentifier('+66 81 234 5678')).toEqual({ phone: '+66 81 234 5678' });
    expect(signInIdentifier('๐๘๑๒๓๔๕๖๗๘')).toEqual({ phone: '๐๘๑๒๓๔๕๖๗๘' });
  });

  it('treats a malformed address with an @ as an email, so the API answers it as unknown (401)', () => {
    expect(signInIdentifier('somchai@')).toEqual({ email: 'somchai@' });
  });
});

describe('looksLikeEmail', () => {
  it('accepts an address and refuses a phone', () => {
    expect(looksLikeEmail('a@b.co')).toBe(true);
    expect(looksLikeEmail('0812345678')).toBe(false);
    expect(looksLikeEmail('a@b')).toBe(false);
  });
});
