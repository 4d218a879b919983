import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { RoleBadge } from '@/components/badges';
import type { Me } from '@/lib/auth/api';

/** Who is signed in and which house is theirs: a resident's first question on their own page. */
export function MyHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" aria-label={t('account.home')} component="section">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
          <IconHome size={24} />
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {t('account.home')}
          </Text>
          {me.house_number ? (
            <Text fz={22} fw={700} lh={1.3} data-testid="my-house">
              {t('account.house', { house: me.house_number })}
            </Text>
          ) : (
            <Text size="sm" data-testid="my-house">
              {t('account.noHouse')}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {me.full_name}
            </Text>
            <RoleBadge role={me.role} />
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
