import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { MyHouses } from '@/features/houses/components/my-houses';
import { FinanceSummaryCard } from '@/features/reports/components/finance-summary-card';

export function MyHomeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('myHome.title')} description={t('myHome.description')} />
      <MyHouses />
      <FinanceSummaryCard />
    </>
  );
}
