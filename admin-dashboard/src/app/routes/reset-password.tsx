import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { tokenFromFragment } from '@/features/auth/utils/token-fragment';

/** The page a reset mail's link opens: /reset-password#token=… */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromFragment(location.hash));

  // Take the token out of the address bar (and the history): it is a key to the account until used.
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  return (
    <AuthLayout
      title={t('resetPassword.title')}
      subtitle={t('resetPassword.subtitle')}
      footer={
        <Text size="sm" ta="center">
          <Anchor component={Link} to={paths.signIn}>
            {t('setPassword.toSignIn')}
          </Anchor>
        </Text>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} onDone={() => void navigate(paths.signIn, { replace: true, state: { passwordSet: true } })} />
      ) : (
        <Alert color="yellow" icon={<IconAlertCircle size={18} />} data-testid="link-missing">
          {t('resetPassword.noToken')}{' '}
          <Anchor component={Link} to={paths.forgotPassword}>
            {t('resetPassword.askAgain')}
          </Anchor>
        </Alert>
      )}
    </AuthLayout>
  );
}
