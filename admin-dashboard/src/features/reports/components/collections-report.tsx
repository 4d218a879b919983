/**
 * Collections month by month: what was billed, collected, credited and is
 * still outstanding, with the collection rate; a chart; the report as CSV or
 * Excel; and a month's invoice and receipt registers.
 */
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Money } from '@/components/money';
import { MonthPickerInput } from '@/components/month-picker-input';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatMonth } from '@/lib/format';

import { useCollections } from '../api/reports';
import { addMonths, currentMonth, formatRate, isMonth } from '../utils';
import { ReportDownloads } from './report-downloads';

const CollectionsChart = lazy(() => import('./collections-chart'));

function Registers() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<string | null>(currentMonth());
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="xs">{t('reports.registers.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('reports.registers.hint')}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ width: 200 }}>
          <MonthPickerInput label={t('reports.registers.month')} value={period} onChange={setPeriod} />
        </div>
        <Stack gap={6}>
          <Text size="xs" fw={600}>{t('reports.registers.invoices')}</Text>
          <ReportDownloads report="invoice-register" query={{ period }} name={`invoice-register-${period ?? ''}`} disabled={!period} />
        </Stack>
        <Stack gap={6}>
          <Text size="xs" fw={600}>{t('reports.registers.receipts')}</Text>
          <ReportDownloads report="receipt-register" query={{ period }} name={`receipt-register-${period ?? ''}`} disabled={!period} />
        </Stack>
      </Group>
    </Paper>
  );
}

export function CollectionsReportView() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const now = currentMonth();
  const from = isMonth(params.get('from')) ? (params.get('from') as string) : addMonths(now, -11);
  const to = isMonth(params.get('to')) ? (params.get('to') as string) : now;
  const ordered = from <= to;
  const report = useCollections({ from, to }, ordered);
  const set = (key: 'from' | 'to', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const lang = i18n.language;
  const data = report.data;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" justify="space-between" gap="sm" wrap="wrap">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <div style={{ width: 200 }}>
              <MonthPickerInput label={t('reports.collections.from')} value={from} onChange={(v) => set('from', v)} />
            </div>
            <div style={{ width: 200 }}>
              <MonthPickerInput label={t('reports.collections.to')} value={to} onChange={(v) => set('to', v)} error={ordered ? undefined : t('reports.collections.order')} />
            </div>
          </Group>
          <ReportDownloads report="collections" query={{ from, to }} name={`collections-${from}-${to}`} disabled={!ordered || !data} />
        </Group>
      </Paper>
      {ordered && report.isPending ? <PageLoader /> : null}
      {report.isError && !data ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data ? (
        data.items.length === 0 ? (
          <EmptyState title={t('reports.collections.empty')} />
        ) : (
          <>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h5" mb="sm">{t('reports.collections.chartTitle')}</Title>
              <Suspense fallback={<PageLoader label={t('overview.loadingCharts')} />}>
                <CollectionsChart report={data} />
              </Suspense>
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Stack gap="xs" hiddenFrom="sm">
                {[...data.items, { ...data.totals, period: '' }].map((row) => (
                  <Paper key={row.period || 'total'} withBorder={!!row.period} radius="md" p="sm" data-testid="collections-card">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={700}>{row.period ? formatMonth(row.period, lang) : t('reports.collections.total')}</Text>
                      <Text fw={700}>{formatRate(row.collection_rate)}</Text>
                    </Group>
                    <SimpleGrid cols={2} spacing="xs" mt={4}>
                      <Text size="xs" c="dimmed">{t('reports.collections.billed')} <Money satang={row.billed_satang} size="sm" c="var(--mantine-color-text)" fw={600} /></Text>
                      <Text size="xs" c="dimmed">{t('reports.collections.collected')} <Money satang={row.collected_satang} size="sm" c="var(--mantine-color-text)" fw={600} /></Text>
                      <Text size="xs" c="dimmed">{t('reports.collections.credited')} <Money satang={row.credited_satang} size="sm" c="var(--mantine-color-text)" /></Text>
                      <Text size="xs" c="dimmed">{t('reports.collections.outstanding')} <Money satang={row.outstanding_satang} size="sm" c="var(--mantine-color-text)" /></Text>
                    </SimpleGrid>
                  </Paper>
                ))}
              </Stack>
              <Table.ScrollContainer minWidth={560} visibleFrom="sm">
                <Table striped verticalSpacing="sm" aria-label={t('reports.collections.title')} data-testid="collections-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.collections.month')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('reports.collections.billed')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('reports.collections.collected')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }} visibleFrom="sm">{t('reports.collections.credited')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }} visibleFrom="sm">{t('reports.collections.outstanding')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('reports.collections.rate')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((row) => (
                      <Table.Tr key={row.period} data-testid="collections-row">
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMonth(row.period, lang)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}><Money satang={row.billed_satang} /></Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}><Money satang={row.collected_satang} /></Table.Td>
                        <Table.Td style={{ textAlign: 'right' }} visibleFrom="sm"><Money satang={row.credited_satang} /></Table.Td>
                        <Table.Td style={{ textAlign: 'right' }} visibleFrom="sm"><Money satang={row.outstanding_satang} /></Table.Td>
                        <Table.Td style={{ textAlign: 'right' }} data-testid="collection-rate">{formatRate(row.collection_rate)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr data-testid="collections-total-row">
                      <Table.Th>{t('reports.collections.total')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}><Money satang={data.totals.billed_satang} fw={700} /></Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}><Money satang={data.totals.collected_satang} fw={700} /></Table.Th>
                      <Table.Th style={{ textAlign: 'right' }} visibleFrom="sm"><Money satang={data.totals.credited_satang} fw={700} /></Table.Th>
                      <Table.Th style={{ textAlign: 'right' }} visibleFrom="sm"><Money satang={data.totals.outstanding_satang} fw={700} /></Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{formatRate(data.totals.collection_rate)}</Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          </>
        )
      ) : null}
      <Registers />
    </Stack>
  );
}
