import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { PeriodsList } from '@/features/periods/components/periods-list';

import { FinanceGuard } from './finance-guard';

export function PeriodsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('periods.title')} description={t('periods.description')} />
      <PeriodsList />
    </FinanceGuard>
  );
}
