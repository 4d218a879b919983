import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { FinanceSettings } from '@/features/finance/components/settings-form';

import { FinanceGuard } from './finance-guard';

export function FinanceSettingsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('finance.settings.title')} description={t('finance.settings.description')} />
      <FinanceSettings />
    </FinanceGuard>
  );
}
