import { Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { Overview } from '@/features/dashboard/components/overview';
import { useAuthorization } from '@/lib/authorization';

/** Staff land on the overview; residents, who may not read users, on their home. */
export function HomeRoute() {
  const { can } = useAuthorization();
  return can('users:read') ? <Overview /> : <Navigate to={paths.myHome} replace />;
}
