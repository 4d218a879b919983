/**
 * A month picker in the user's language ("มกราคม 2570" / "January 2027");
 * its value is the API's period, "YYYY-MM" (Gregorian), whatever the language.
 */
import '@mantine/dates/styles.css';

import { MonthPickerInput as MantineMonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

import { pickerFormats } from '@/lib/dates';

interface MonthPickerInputProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (month: string | null) => void;
  error?: React.ReactNode;
}

export function MonthPickerInput({ label, description, value, onChange, error }: MonthPickerInputProps) {
  const { t, i18n } = useTranslation();
  const { locale, monthLabelFormat, yearLabelFormat, decadeLabelFormat } = pickerFormats(i18n.language);
  return (
    <MantineMonthPickerInput
      label={label}
      description={description}
      error={error}
      placeholder={t('dates.pickMonth')}
      value={value ? `${value}-01` : null}
      onChange={(day) => onChange(day ? day.slice(0, 7) : null)}
      clearable
      clearButtonProps={{ 'aria-label': t('dates.clear', { label }) }}
      locale={locale}
      valueFormat={monthLabelFormat}
      yearLabelFormat={yearLabelFormat}
      decadeLabelFormat={decadeLabelFormat}
      ariaLabels={{
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
        yearLevelControl: t('dates.chooseYear'),
      }}
    />
  );
}
