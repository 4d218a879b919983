import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { DataRequestsQueue } from '@/features/privacy/components/data-requests-queue';

export function DataRequestsRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="privacy:manage">
      <PageHeader title={t('privacy.dataRequestsTitle')} description={t('privacy.dataRequestsDescription')} />
      <DataRequestsQueue />
    </RequirePermission>
  );
}
