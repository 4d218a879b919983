import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { CollectionsReportView } from '@/features/reports/components/collections-report';

import { FinanceGuard } from './finance-guard';

export function CollectionsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('reports.collections.title')} description={t('reports.collections.description')} />
      <CollectionsReportView />
    </FinanceGuard>
  );
}
