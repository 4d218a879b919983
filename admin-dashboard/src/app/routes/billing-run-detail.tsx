import { Anchor, Breadcrumbs, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useBillingRun } from '@/features/billing/api/billing-runs';
import { RunPreview } from '@/features/billing/components/run-preview';
import { managesFinance } from '@/features/finance/policies';
import { useAuth } from '@/lib/auth/auth-provider';
import { isApiError } from '@/lib/problem';

import { FinanceGuard } from './finance-guard';
import { useIdParam } from './house-detail';

function Run({ id }: { id: number }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const run = useBillingRun(id);
  if (run.isPending) return <PageLoader />;
  if (isApiError(run.error) && run.error.status === 404) return <NotFoundPage />;
  if (run.isError) return <QueryError error={run.error} onRetry={() => void run.refetch()} />;
  return (
    <Paper withBorder radius="md" p="md">
      <RunPreview run={run.data} editable={managesFinance(user)} onPosted={() => void run.refetch()} onDiscarded={() => void navigate(paths.billingRuns)} />
    </Paper>
  );
}

export function BillingRunDetailRoute() {
  const { t } = useTranslation();
  const id = useIdParam();
  return (
    <FinanceGuard>
      <Breadcrumbs mb="md">
        <Anchor component={Link} to={paths.billingRuns} size="sm">{t('billing.runsTitle')}</Anchor>
        <span>{t('billing.run', { id })}</span>
      </Breadcrumbs>
      {id ? <Run id={id} /> : <NotFoundPage />}
    </FinanceGuard>
  );
}
