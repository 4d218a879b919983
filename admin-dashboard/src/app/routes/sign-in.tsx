import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHome, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
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

  if (status === 'restoring') return <PageLoader />;
  if (status === 'signed-in') return <Navigate to={target} replace />;

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="md">
        <Group justify="space-between">
          <Group gap={8}>
            <IconHome size={26} aria-hidden />
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb={4}>
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm" mb="lg">
            {t('signIn.subtitle')}
          </Text>
          {endReason === 'expired' ? (
            <Alert color="blue" icon={<IconInfoCircle size={18} />} mb="md" data-testid="session-expired">
              {t('signIn.expired')}
            </Alert>
          ) : null}
          <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
        </Paper>
      </Stack>
    </Center>
  );
}
