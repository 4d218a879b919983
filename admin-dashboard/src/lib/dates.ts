/**
 * dayjs, which Mantine's date pickers use, set up for the dashboard's two
 * languages: Thai month names with Buddhist-era years (the `BBBB` token of the
 * buddhistEra plugin: 2026 → 2569), English with the Gregorian year, as
 * `lib/format.ts` does for dates shown in text.
 */
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import 'dayjs/locale/th'; // registers 'th' on the same dayjs instance Mantine imports

dayjs.extend(buddhistEra);

export interface PickerFormats {
  locale: string;
  /** Sunday starts a Thai calendar week, Monday an English (en-GB) one. */
  firstDayOfWeek: 0 | 1;
  valueFormat: string;
  monthLabelFormat: string;
  yearLabelFormat: string;
  decadeLabelFormat: string;
  yearsListFormat: string;
}

export function pickerFormats(language: string): PickerFormats {
  if (language.startsWith('th')) {
    return {
      locale: 'th',
      firstDayOfWeek: 0,
      valueFormat: 'D MMM BBBB',
      monthLabelFormat: 'MMMM BBBB',
      yearLabelFormat: 'BBBB',
      decadeLabelFormat: 'BBBB',
      yearsListFormat: 'BBBB',
    };
  }
  return {
    locale: 'en',
    firstDayOfWeek: 1,
    valueFormat: 'D MMM YYYY',
    monthLabelFormat: 'MMMM YYYY',
    yearLabelFormat: 'YYYY',
    decadeLabelFormat: 'YYYY',
    yearsListFormat: 'YYYY',
  };
}

/** A day's name for screen readers: "28 พฤศจิกายน 2569" / "28 November 2026" (Mantine's default says 2026 in Thai). */
export function pickerDayLabel(day: string, language: string): string {
  const { locale } = pickerFormats(language);
  return dayjs(day).locale(locale).format(locale === 'th' ? 'D MMMM BBBB' : 'D MMMM YYYY');
}

/** A calendar day ("2026-11-28") as the picker shows it in `language`. */
export function formatPickerDay(day: string, language: string): string {
  const { locale, valueFormat } = pickerFormats(language);
  return dayjs(day).locale(locale).format(valueFormat);
}
