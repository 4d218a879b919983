import { describe, expect, it } from 'vitest';

import { formatPickerDay, pickerDayLabel, pickerFormats } from './dates';

describe('date pickers', () => {
  it('show Buddhist-era years in Thai', () => {
    expect(formatPickerDay('2026-11-28', 'th')).toBe('28 พ.ย. 2569');
    expect(pickerDayLabel('2026-11-28', 'th')).toBe('28 พฤศจิกายน 2569');
    expect(pickerFormats('th').firstDayOfWeek).toBe(0);
  });

  it('show Gregorian years in English', () => {
    expect(formatPickerDay('2026-11-28', 'en')).toBe('28 Nov 2026');
    expect(pickerDayLabel('2026-11-28', 'en')).toBe('28 November 2026');
  });
});
