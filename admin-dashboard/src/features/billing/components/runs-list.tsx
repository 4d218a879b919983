/** Every billing run, newest first: previews still waiting, posted runs with what they issued, discarded ones. */
import { Anchor, Badge, Paper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { Money } from '@/components/money';
import { paths } from '@/config/paths';
import { formatDateTime, formatMonth, formatNumber } from '@/lib/format';

import { useBillingRuns } from '../api/billing-runs';
import type { BillingRunSummary } from '../api/billing-runs';

const COLORS = { preview: 'blue', posted: 'teal', discarded: 'gray' } as const;

export function RunsList() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const runs = useBillingRuns({ page, per_page: perPage, sort: '-created_at' });
  const lang = i18n.language;
  const columns: Column<BillingRunSummary>[] = [
    {
      key: 'period',
      header: t('billing.period'),
      noWrap: true,
      cell: (run) => (
        <Anchor component={Link} to={paths.billingRun(run.id)} fw={600}>
          {formatMonth(run.period.slice(0, 7), lang)}
          {run.months > 1 ? ` (+${run.months - 1})` : ''}
        </Anchor>
      ),
    },
    { key: 'status', header: t('billing.status'), cell: (run) => <Badge variant="light" color={COLORS[run.status]}>{t(`billing.statuses.${run.status}`)}</Badge> },
    { key: 'count', header: t('billing.invoiceCount'), cell: (run) => (run.status === 'posted' ? formatNumber(run.invoice_count, lang) : '—') },
    { key: 'total', header: t('billing.total'), cell: (run) => (run.status === 'posted' ? <Money satang={run.total_satang} /> : '—') },
    { key: 'created', header: t('billing.createdAt'), visibleFrom: 'sm', noWrap: true, cell: (run) => formatDateTime(run.created_at, lang) },
  ];
  const total = runs.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <DataTable
        label={t('billing.runsTitle')}
        testId="runs-table"
        columns={columns}
        rows={runs.data?.items}
        isPending={runs.isPending}
        isFetching={runs.isFetching}
        error={runs.error}
        onRetry={() => void runs.refetch()}
        empty={{ title: t('billing.noRuns') }}
        total={total}
        totalLabel={t('billing.runsTotal', { count: total, formatted: formatNumber(total, lang) })}
        page={page}
        perPage={perPage}
        pageSizes={[10, 20, 50]}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(1);
        }}
        minWidth={520}
      />
    </Paper>
  );
}
