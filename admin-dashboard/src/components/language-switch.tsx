import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isLanguage, setLanguage } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language.startsWith('th') ? 'th' : 'en'}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'th', label: 'ไทย' },
      ]}
    />
  );
}
