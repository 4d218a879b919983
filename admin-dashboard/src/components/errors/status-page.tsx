import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

function StatusPage({ code, title, message }: { code: string; title: string; message: string }) {
  const { t } = useTranslation();
  return (
    <Center py={64}>
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text c="dimmed" fw={700} fz={48} lh={1} aria-hidden>
          {code}
        </Text>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
        <Button component={Link} to={paths.overview} variant="light">
          {t('errors.goHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <StatusPage code="403" title={t('errors.forbiddenTitle')} message={t('errors.forbiddenMessage')} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusPage code="404" title={t('errors.notFoundTitle')} message={t('errors.notFoundMessage')} />;
}
