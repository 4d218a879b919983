import { Alert, Anchor, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageLoader } from '@/components/page-states';
import { paths } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useAuth } from '@/lib/auth/auth-provider';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : paths.overview;
}

export function SignInRoute() {
  const { t } = useTranslation();
  const { status, endReason } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);
  const passwordSet = Boolean((location.state as { passwordSet?: unknown } | null)?.passwordSet);

  if (status === 'restoring') return <PageLoader />;
  if (status === 'signed-in') return <Navigate to={target} replace />;

  return (
    <AuthLayout
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      footer={
        // Whether sign-up is open is known only by trying (the API has no endpoint that says): the page explains a closed one.
        <Text size="sm" ta="center">
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to={paths.signUp}>
            {t('signIn.signUp')}
          </Anchor>
        </Text>
      }
    >
      {endReason === 'expired' ? (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} mb="md" data-testid="session-expired">
          {t('signIn.expired')}
        </Alert>
      ) : null}
      {passwordSet ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} mb="md" data-testid="password-set">
          {t('signIn.passwordSet')}
        </Alert>
      ) : null}
      <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
    </AuthLayout>
  );
}
