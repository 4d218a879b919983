import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { RequestsQueue } from '@/features/houses/components/requests-queue';

export function MembershipRequestsRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="houses:write">
      <PageHeader title={t('requests.title')} description={t('requests.description')} />
      <RequestsQueue />
    </RequirePermission>
  );
}
