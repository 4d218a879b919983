import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock, IconUserCheck, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '@/lib/format';

import type { UserStats } from '../api/get-user-stats';

function StatCard({ label, value, icon, hint }: { label: string; value: string; icon: ReactNode; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={700} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          {icon}
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.1} data-testid="stat-value">
          {value}
        </Text>
        {hint ? <Text size="xs" c="dimmed">{hint}</Text> : null}
      </Stack>
    </Paper>
  );
}

export function StatCards({ stats, days }: { stats: UserStats; days: number }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const newAccounts = stats.registrations.reduce((sum, day) => sum + day.count, 0);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <StatCard label={t('overview.total')} value={n(stats.total)} icon={<IconUsers size={16} />} />
      <StatCard
        label={t('overview.active30')}
        value={n(stats.active_last_30_days)}
        icon={<IconUserCheck size={16} />}
        hint={t('overview.active30Hint')}
      />
      <StatCard
        label={t('overview.newAccounts')}
        value={n(newAccounts)}
        icon={<IconUserPlus size={16} />}
        hint={t('overview.lastDays', { count: days })}
      />
      <StatCard label={t('overview.locked')} value={n(stats.locked)} icon={<IconLock size={16} />} hint={t('overview.lockedHint')} />
    </SimpleGrid>
  );
}
