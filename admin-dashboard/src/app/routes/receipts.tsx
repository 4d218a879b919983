import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { ReceiptsList } from '@/features/payments/components/receipts-list';

import { FinanceGuard } from './finance-guard';

export function ReceiptsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('payments.receiptsTitle')} description={t('payments.receiptsDescription')} />
      <ReceiptsList />
    </FinanceGuard>
  );
}
