import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { InvoicesList } from '@/features/invoices/components/invoices-list';

import { FinanceGuard } from './finance-guard';

export function InvoicesRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('invoices.title')} description={t('invoices.description')} />
      <InvoicesList />
    </FinanceGuard>
  );
}
