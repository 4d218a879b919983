import { Group, Select, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';

import { useUserStats } from '../api/get-user-stats';
import { StatCards } from './stat-cards';

const OverviewCharts = lazy(() => import('./overview-charts'));

const PERIODS = ['7', '30', '90', '365'];

/** The office's home page; `lead` (the village's money and queues) comes before the people's statistics. */
export function Overview({ lead }: { lead?: ReactNode }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(30);
  const stats = useUserStats(days);

  const period = (
    <Select
      label={t('overview.period')}
      data={PERIODS.map((value) => ({ value, label: t('overview.lastDays', { count: Number(value) }) }))}
      value={String(days)}
      onChange={(value) => value && setDays(Number(value))}
      allowDeselect={false}
      w={170}
    />
  );

  return (
    <>
      <PageHeader title={t('overview.title')} description={lead ? t('overview.villageDescription') : t('overview.description')} actions={lead ? null : period} />
      {lead}
      {lead ? (
        <Group justify="space-between" align="flex-end" mb="md" wrap="wrap" gap="sm">
          <Title order={2} size="h4">
            {t('overview.people')}
          </Title>
          {period}
        </Group>
      ) : null}
      {stats.isPending ? <PageLoader /> : null}
      {stats.isError ? <QueryError error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {stats.data ? (
        <>
          <StatCards stats={stats.data} days={days} />
          <Suspense fallback={<PageLoader label={t('overview.loadingCharts')} />}>
            <OverviewCharts stats={stats.data} />
          </Suspense>
        </>
      ) : null}
    </>
  );
}
