/**
 * A calendar-day picker in the user's language: Thai shows Buddhist-era years
 * (28 พ.ย. 2569), English Gregorian ones (28 Nov 2026). Its value is the ISO
 * day ("2026-11-28"), whatever the language, so URLs and queries stay the same.
 */
import '@mantine/dates/styles.css';

import { DatePickerInput } from '@mantine/dates';
import type { MantineStyleProp, StyleProp } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { pickerDayLabel, pickerFormats } from '@/lib/dates';

interface DayPickerInputProps {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
  placeholder?: string;
  minDate?: string;
  maxDate?: string;
  w?: StyleProp<number | string>;
  style?: MantineStyleProp;
}

export function DayPickerInput({ label, value, onChange, placeholder, minDate, maxDate, w, style }: DayPickerInputProps) {
  const { t, i18n } = useTranslation();
  const formats = pickerFormats(i18n.language);
  return (
    <DatePickerInput
      label={label}
      placeholder={placeholder ?? t('dates.pickDay')}
      value={value}
      onChange={(day) => onChange(day || null)}
      clearable
      clearButtonProps={{ 'aria-label': t('dates.clear', { label }) }}
      minDate={minDate}
      maxDate={maxDate}
      w={w}
      style={style}
      {...formats}
      getDayAriaLabel={(day) => pickerDayLabel(day, i18n.language)}
      ariaLabels={{
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
        monthLevelControl: t('dates.chooseMonth'),
        yearLevelControl: t('dates.chooseYear'),
      }}
    />
  );
}
