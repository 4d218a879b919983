import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageLoader } from '@/components/page-states';
import { paths } from '@/config/paths';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { useAuth } from '@/lib/auth/auth-provider';

export function SignUpRoute() {
  const { t } = useTranslation();
  const { status } = useAuth();
  if (status === 'restoring') return <PageLoader />;
  if (status === 'signed-in') return <Navigate to={paths.overview} replace />;
  return (
    <AuthLayout
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
      width={460}
      footer={
        <Text size="sm" ta="center">
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to={paths.signIn}>
            {t('signUp.signIn')}
          </Anchor>
        </Text>
      }
    >
      <SignUpForm />
    </AuthLayout>
  );
}
