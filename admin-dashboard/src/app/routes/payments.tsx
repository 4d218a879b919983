import { Button } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { recordsPayments } from '@/features/finance/policies';
import { PaymentsList } from '@/features/payments/components/payments-list';
import { useAuth } from '@/lib/auth/auth-provider';

import { FinanceGuard } from './finance-guard';

export function PaymentsRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <FinanceGuard>
      <PageHeader
        title={t('payments.title')}
        description={t('payments.description')}
        actions={
          recordsPayments(user) ? (
            <Button component={Link} to={paths.recordPayment} leftSection={<IconCash size={16} />}>
              {t('payments.recordTitle')}
            </Button>
          ) : null
        }
      />
      <PaymentsList />
    </FinanceGuard>
  );
}
