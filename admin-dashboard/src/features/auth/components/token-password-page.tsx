import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';

import { tokenFromFragment } from '../utils/token-fragment';
import { type TokenPurpose, TokenPasswordForm } from './token-password-form';

/** The page a one-time link opens (/set-password#token=…, /reset-password#token=…). */
export function TokenPasswordPage({ purpose }: { purpose: TokenPurpose }) {
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
      title={t(`${purpose}.title`)}
      subtitle={t(`${purpose}.subtitle`)}
      footer={
        <Text size="sm" ta="center">
          <Anchor component={Link} to={paths.signIn}>
            {t('setPassword.toSignIn')}
          </Anchor>
        </Text>
      }
    >
      {token ? (
        <TokenPasswordForm
          purpose={purpose}
          token={token}
          onDone={() => void navigate(paths.signIn, { replace: true, state: { passwordSet: true } })}
        />
      ) : (
        <Alert color="yellow" icon={<IconAlertCircle size={18} />} data-testid="link-missing">
          {t(`${purpose}.noToken`)}
          {purpose === 'resetPassword' ? (
            <>
              {' '}
              <Anchor component={Link} to={paths.forgotPassword}>
                {t('resetPassword.askAgain')}
              </Anchor>
            </>
          ) : null}
        </Alert>
      )}
    </AuthLayout>
  );
}
