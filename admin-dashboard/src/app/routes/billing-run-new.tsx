import { Anchor, Breadcrumbs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { BillingWizard } from '@/features/billing/components/billing-wizard';
import { managesFinance } from '@/features/finance/policies';

import { FinanceGuard } from './finance-guard';

export function NewBillingRunRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard allow={managesFinance}>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to={paths.billingRuns} size="sm">{t('billing.runsTitle')}</Anchor>
        <span>{t('billing.newRun')}</span>
      </Breadcrumbs>
      <PageHeader title={t('billing.wizardTitle')} description={t('billing.wizardDescription')} />
      <BillingWizard />
    </FinanceGuard>
  );
}
