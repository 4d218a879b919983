import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { ArrearsReportView } from '@/features/reports/components/arrears-report';

import { FinanceGuard } from './finance-guard';

export function ArrearsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('reports.arrears.title')} description={t('reports.arrears.description')} />
      <ArrearsReportView />
    </FinanceGuard>
  );
}
