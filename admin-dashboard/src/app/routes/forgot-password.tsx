import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

/** "Forgot password?": ask for a reset link by email. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <AuthLayout
      title={t('forgotPassword.title')}
      subtitle={t('forgotPassword.subtitle')}
      footer={
        <Text size="sm" ta="center">
          <Anchor component={Link} to={paths.signIn}>
            {t('forgotPassword.toSignIn')}
          </Anchor>
        </Text>
      }
    >
      <ForgotPasswordForm />
    </AuthLayout>
  );
}
