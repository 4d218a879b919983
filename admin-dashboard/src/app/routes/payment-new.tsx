import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { recordsPayments } from '@/features/finance/policies';
import { RecordPaymentForm } from '@/features/payments/components/record-payment';

import { FinanceGuard } from './finance-guard';

export function RecordPaymentRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard allow={recordsPayments}>
      <PageHeader title={t('payments.recordTitle')} description={t('payments.recordDescription')} />
      <RecordPaymentForm />
    </FinanceGuard>
  );
}
