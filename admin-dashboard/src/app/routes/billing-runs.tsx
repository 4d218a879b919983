import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { RunsList } from '@/features/billing/components/runs-list';
import { managesFinance } from '@/features/finance/policies';
import { useAuth } from '@/lib/auth/auth-provider';

import { FinanceGuard } from './finance-guard';

export function BillingRunsRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <FinanceGuard>
      <PageHeader
        title={t('billing.runsTitle')}
        description={t('billing.runsDescription')}
        actions={
          managesFinance(user) ? (
            <Button component={Link} to={paths.newBillingRun} leftSection={<IconPlus size={16} />}>
              {t('billing.newRun')}
            </Button>
          ) : null
        }
      />
      <RunsList />
    </FinanceGuard>
  );
}
