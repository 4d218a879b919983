import { Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { Overview } from '@/features/dashboard/components/overview';
import { seesFinance } from '@/features/finance/policies';
import { VillageOverview } from '@/features/reports/components/village-overview';
import { useAuth } from '@/lib/auth/auth-provider';
import { useAuthorization } from '@/lib/authorization';

/**
 * Staff land on the village's overview (its money and queues first, then the
 * people); residents, who may not read users, on their home.
 */
export function HomeRoute() {
  const { can } = useAuthorization();
  const { user } = useAuth();
  if (!can('users:read')) return <Navigate to={paths.myHome} replace />;
  return <Overview lead={seesFinance(user) ? <VillageOverview /> : null} />;
}
