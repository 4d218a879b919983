import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { FeeSchedules } from '@/features/finance/components/fee-schedules';

import { FinanceGuard } from './finance-guard';

export function FeesRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('finance.fees.title')} description={t('finance.fees.description')} />
      <FeeSchedules />
    </FinanceGuard>
  );
}
