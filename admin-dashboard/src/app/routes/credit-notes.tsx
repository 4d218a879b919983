import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { CreditNotesList } from '@/features/credit-notes/components/credit-notes-list';

import { FinanceGuard } from './finance-guard';

export function CreditNotesRoute() {
  const { t } = useTranslation();
  return (
    <FinanceGuard>
      <PageHeader title={t('creditNotes.title')} description={t('creditNotes.description')} />
      <CreditNotesList />
    </FinanceGuard>
  );
}
