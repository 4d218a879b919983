import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '../language-switch';

/** The frame of the pages used before signing in: sign-in, sign-up, set-password, the forced change. */
export function AuthLayout({ title, subtitle, children, footer, width = 400 }: { title: string; subtitle?: string; children: ReactNode; footer?: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <IconHome size={26} aria-hidden />
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="md" component="main">
          <Title order={1} size="h3" mb={4}>
            {title}
          </Title>
          {subtitle ? (
            <Text c="dimmed" size="sm" mb="lg">
              {subtitle}
            </Text>
          ) : null}
          {children}
        </Paper>
        {footer}
      </Stack>
    </Center>
  );
}
