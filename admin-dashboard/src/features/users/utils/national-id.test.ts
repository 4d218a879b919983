import { describe, expect, it } from 'vitest';

import { formatNationalId, isMasked } from './national-id';

describe('national ID numbers', () => {
  it('groups a full number as on the card', () => {
    expect(formatNationalId('1101700230708')).toBe('1-1017-00230-70-8');
  });

  it('shows a masked or odd value as it is', () => {
    expect(formatNationalId('*********0708')).toBe('*********0708');
    expect(formatNationalId('123')).toBe('123');
  });

  it('recognises the mask', () => {
    expect(isMasked('*********0708')).toBe(true);
    expect(isMasked('1101700230708')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});
