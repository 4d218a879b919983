import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { RequestForm } from '@/features/service-requests/components/request-form';
import { isRequestStaff } from '@/features/service-requests/policies';
import { useAuth } from '@/lib/auth/auth-provider';

export function NewServiceRequestRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <RequirePermission permission="service_requests:manage">
      <PageHeader title={t('serviceRequests.newTitle')} description={t('serviceRequests.newDescription')} />
      <RequestForm staff={isRequestStaff(user)} />
    </RequirePermission>
  );
}
