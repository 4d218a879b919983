import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { RequirePermission } from '@/components/require-permission';
import { paths } from '@/config/paths';
import { MyRequests, RequestsQueue } from '@/features/service-requests/components/requests-list';
import { isRequestStaff } from '@/features/service-requests/policies';
import { useAuth } from '@/lib/auth/auth-provider';

function ServiceRequests() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const staff = isRequestStaff(user);
  return (
    <>
      <PageHeader
        title={staff ? t('serviceRequests.title') : t('serviceRequests.myTitle')}
        description={staff ? t('serviceRequests.descriptionStaff') : t('serviceRequests.descriptionResident')}
        actions={
          <Button component={Link} to={paths.newServiceRequest} leftSection={<IconPlus size={16} />}>
            {t('serviceRequests.report')}
          </Button>
        }
      />
      {staff ? <RequestsQueue /> : <MyRequests />}
    </>
  );
}

export function ServiceRequestsRoute() {
  return (
    <RequirePermission permission="service_requests:manage">
      <ServiceRequests />
    </RequirePermission>
  );
}
