import { Select } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/page-header';
import { PageLoader, QueryError } from '@/components/page-states';

import { useUserStats } from '../api/get-user-stats';
import { StatCards } from './stat-cards';

const OverviewCharts = lazy(() => import('./overview-charts'));

const PERIODS = ['7', '30', '90', '365'];

export function Overview() {
  const { t } = useTranslation();
  const [days, setDays] = useState(30);
  const stats = useUserStats(days);

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        actions={
          <Select
            label={t('overview.period')}
            data={PERIODS.map((value) => ({ value, label: t('overview.lastDays', { count: Number(value) }) }))}
            value={String(days)}
            onChange={(value) => value && setDays(Number(value))}
            allowDeselect={false}
            w={170}
          />
        }
      />
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
