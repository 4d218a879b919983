import { Anchor, Breadcrumbs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { paths } from '@/config/paths';
import { NewCreditNoteButton } from '@/features/credit-notes/components/new-credit-note';
import { InvoiceDetail } from '@/features/invoices/components/invoice-detail';

import { FinanceGuard } from './finance-guard';
import { useIdParam } from './house-detail';

export function InvoiceDetailRoute() {
  const { t } = useTranslation();
  const id = useIdParam();
  return (
    <FinanceGuard>
      <Breadcrumbs mb="md">
        <Anchor component={Link} to={paths.invoices} size="sm">{t('invoices.title')}</Anchor>
        <span>{t('invoices.detailTitle')}</span>
      </Breadcrumbs>
      {id ? <InvoiceDetail id={id} actions={(invoice) => <NewCreditNoteButton invoice={invoice} />} /> : <NotFoundPage />}
    </FinanceGuard>
  );
}
