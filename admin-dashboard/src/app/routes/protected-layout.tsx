import { Center } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';

import { navigation } from '../navigation';

// Rarely needed (a first password from the office): its own chunk, not every page's.
const ForcedPasswordChange = lazy(() =>
  import('@/features/auth/components/forced-password-change').then((m) => ({ default: m.ForcedPasswordChange })),
);

/** Everything but sign-in: needs a session, restored from the refresh cookie on a page load. */
export function ProtectedLayout() {
  const { status, user, userError } = useAuth();
  const location = useLocation();
  if (status === 'signed-out') {
    return <Navigate to={paths.signIn} replace state={{ from: location.pathname + location.search }} />;
  }
  if (status === 'restoring' || (!user && !userError)) return <PageLoader />;
  if (!user) {
    return (
      <Center p="xl">
        <QueryError error={userError} onRetry={() => window.location.reload()} />
      </Center>
    );
  }
  // A first password from the office: nothing else until the person chooses their own.
  if (user.password_change_required) {
    return (
      <Suspense fallback={<PageLoader />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  }
  return <AppLayout navigation={navigation} headerActions={<NotificationBell />} />;
}
