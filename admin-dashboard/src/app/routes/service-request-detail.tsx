import { useParams } from 'react-router';

import { RequirePermission } from '@/components/require-permission';
import { RequestDetail } from '@/features/service-requests/components/request-detail';

import { NotFoundRoute } from './not-found';

export function ServiceRequestDetailRoute() {
  const { id } = useParams();
  const requestId = Number(id);
  if (!Number.isInteger(requestId) || requestId < 1) return <NotFoundRoute />;
  return (
    <RequirePermission permission="service_requests:manage">
      <RequestDetail key={requestId} id={requestId} />
    </RequirePermission>
  );
}
