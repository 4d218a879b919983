import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';
import { RequirePermission } from '@/components/require-permission';
import { useMyHouses } from '@/features/houses/api/my-houses';
import { RequestForm } from '@/features/service-requests/components/request-form';
import { isRequestStaff } from '@/features/service-requests/policies';
import { useAuth } from '@/lib/auth/auth-provider';

function NewServiceRequest() {
  const { user } = useAuth();
  const houses = useMyHouses();
  if (houses.isPending) return <PageLoader />;
  if (houses.error) return <QueryError error={houses.error} onRetry={() => void houses.refetch()} />;
  return <RequestForm staff={isRequestStaff(user)} houses={houses.data} />;
}

export function NewServiceRequestRoute() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="service_requests:manage">
      <PageHeader title={t('serviceRequests.newTitle')} description={t('serviceRequests.newDescription')} />
      <NewServiceRequest />
    </RequirePermission>
  );
}
