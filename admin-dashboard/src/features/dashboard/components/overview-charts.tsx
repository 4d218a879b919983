/**
 * The charts of the overview. Recharts is heavy, so this module is loaded
 * lazily (React.lazy): the entry chunk stays small and sign-in stays fast.
 */
import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { ColorSwatch, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ROLES, STATUSES } from '@/config/constants';
import { formatDay } from '@/lib/format';

import type { UserStats } from '../api/get-user-stats';

const ROLE_COLORS = ['grape.6', 'blue.6', 'orange.6', 'gray.6'];
const STATUS_COLORS: Record<string, string> = { active: 'teal.6', inactive: 'gray.5', pending: 'yellow.6' };

function ChartCard({ title, children, label }: { title: string; children: React.ReactNode; label: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      <div role="img" aria-label={label}>
        {children}
      </div>
    </Paper>
  );
}

export default function OverviewCharts({ stats }: { stats: UserStats }) {
  const { t, i18n } = useTranslation();
  const byRole = ROLES.map((role) => ({ role: t(`roles.${role}`), count: stats.by_role[role] ?? 0 }));
  const byStatus = STATUSES.map((status) => ({
    name: t(`statuses.${status}`),
    value: stats.by_status[status] ?? 0,
    color: STATUS_COLORS[status] ?? 'gray.6',
  })).filter((slice) => slice.value > 0);
  const registrations = stats.registrations.map((day) => ({
    day: formatDay(day.date, i18n.language),
    count: day.count,
  }));
  const describe = (rows: { label: string; value: number }[]) => rows.map((r) => `${r.label}: ${r.value}`).join(', ');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
      <ChartCard
        title={t('overview.byRole')}
        label={describe(byRole.map((r) => ({ label: r.role, value: r.count })))}
      >
        <BarChart
          h={220}
          data={byRole}
          dataKey="role"
          series={[{ name: 'count', label: t('overview.users'), color: ROLE_COLORS[1] ?? 'blue.6' }]}
          tickLine="y"
          gridAxis="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartCard>
      <ChartCard
        title={t('overview.byStatus')}
        label={describe(byStatus.map((s) => ({ label: s.name, value: s.value })))}
      >
        {byStatus.length > 0 ? (
          <>
            <DonutChart h={190} data={byStatus} withLabelsLine withLabels mx="auto" />
            <Group justify="center" gap="md" mt="xs">
              {byStatus.map((slice) => (
                <Group key={slice.name} gap={6}>
                  <ColorSwatch color={`var(--mantine-color-${slice.color.replace('.', '-')})`} size={12} />
                  <Text size="sm">
                    {slice.name}: {slice.value}
                  </Text>
                </Group>
              ))}
            </Group>
          </>
        ) : (
          <Text c="dimmed">{t('overview.noUsers')}</Text>
        )}
      </ChartCard>
      <Paper withBorder p="md" radius="md" style={{ gridColumn: '1 / -1' }}>
        <Title order={2} size="h5" mb="sm">
          {t('overview.registrations')}
        </Title>
        <div role="img" aria-label={t('overview.registrationsLabel', { count: registrations.reduce((s, d) => s + d.count, 0) })}>
          <AreaChart
            h={240}
            data={registrations}
            dataKey="day"
            series={[{ name: 'count', label: t('overview.newAccounts'), color: 'blue.6' }]}
            curveType="monotone"
            tickLine="y"
            gridAxis="y"
            withDots={false}
            yAxisProps={{ allowDecimals: false }}
          />
        </div>
      </Paper>
    </SimpleGrid>
  );
}
