import { describe, expect, it } from 'vitest';

import { tokenFromFragment } from './token-fragment';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCd';

describe('tokenFromFragment', () => {
  it('reads the token of #token=…', () => {
    expect(tokenFromFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromFragment(`token=${TOKEN}`)).toBe(TOKEN);
  });

  it('has none for an empty, short or foreign fragment', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#token=short')).toBeNull();
    expect(tokenFromFragment(`#token=${TOKEN}<script>`)).toBeNull();
    expect(tokenFromFragment(`#other=${TOKEN}`)).toBeNull();
  });
});
