import { describe, expect, it } from 'vitest';

import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows an instant in the village time zone, whatever the browser zone', () => {
    // 08:06 UTC is 15:06 in Bangkok: the time a resident typed on the slip form.
    expect(formatDateTime('2026-11-30T08:06:00Z', 'en')).toMatch(/3:06\s?PM/);
    expect(formatDateTime('2026-11-30T08:06:00Z', 'th')).toContain('15:06');
  });

  it('shows a dash for no value', () => {
    expect(formatDateTime(null, 'th')).toBe('—');
  });
});
