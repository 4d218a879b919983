import { describe, expect, it } from 'vitest';

import type { Village } from '@/lib/village';

import { monthName, toVillageUpdate } from './village-profile';

const village: Village = {
  name_th: 'หมู่บ้านร่มไม้', name_en: 'Rom Mai Village', juristic_person_name: null, tax_id: null, address: null,
  phone: '+6621234567', email: null, timezone: 'Asia/Bangkok', fiscal_year_start_month: 1, office_hours: null, updated_at: '2026-11-28T03:00:00Z',
};
const values = {
  name_th: 'หมู่บ้านร่มไม้', name_en: 'Rom Mai Village', juristic_person_name: '', tax_id: '', address: '',
  phone: '02-123-4567', email: '', timezone: 'Asia/Bangkok', office_hours: '', fiscal_year_start_month: '1',
};

describe('the village profile form', () => {
  it('sends nothing when nothing changed, the phone shown the Thai way included', () => {
    expect(toVillageUpdate(values, village)).toEqual({});
  });

  it('sends what changed; an emptied field becomes null', () => {
    expect(toVillageUpdate({ ...values, office_hours: ' Mon–Sat 8:30–17:00 ', phone: '', fiscal_year_start_month: '10' }, village)).toEqual({
      office_hours: 'Mon–Sat 8:30–17:00',
      phone: null,
      fiscal_year_start_month: 10,
    });
  });

  it('names the months in both languages', () => {
    expect(monthName(10, 'en')).toBe('October');
    expect(monthName(10, 'th')).toBe('ตุลาคม');
  });
});
