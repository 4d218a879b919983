import { describe, expect, it } from 'vitest';

import { parseApiBaseUrl } from './env';

describe('VITE_API_BASE_URL', () => {
  it('empty means the same origin', () => {
    expect(parseApiBaseUrl(undefined)).toBe('');
    expect(parseApiBaseUrl('  ')).toBe('');
  });

  it('accepts an absolute http(s) origin and drops a trailing slash', () => {
    expect(parseApiBaseUrl('https://api.your-domain.com/')).toBe('https://api.your-domain.com');
  });

  it('refuses anything else with a clear message', () => {
    expect(() => parseApiBaseUrl('api.your-domain.com')).toThrow(/absolute http\(s\) URL/);
    expect(() => parseApiBaseUrl('ftp://x.example')).toThrow(/http or https/);
  });
});
