import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { MailSettingsForm } from '@/features/account/components/mail-settings-form';
import { ProfileForm } from '@/features/account/components/profile-form';
import { SessionsList } from '@/features/account/components/sessions-list';
import { useAuth } from '@/lib/auth/auth-provider';

export function AccountRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <ProfileForm key={user.updated_at} me={user} />
            <SessionsList />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <ChangePasswordForm />
            <MailSettingsForm key={`mail-${user.updated_at}`} me={user} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
