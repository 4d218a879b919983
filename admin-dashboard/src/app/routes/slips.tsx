import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { managesFinance } from '@/features/finance/policies';
import { SlipQueue } from '@/features/slips/components/slip-queue';

import { FinanceGuard } from './finance-guard';

export function SlipsRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard allow={managesFinance}>
      <PageHeader title={t('slips.title')} description={t('slips.description')} />
      <SlipQueue />
    </FinanceGuard>
  );
}
