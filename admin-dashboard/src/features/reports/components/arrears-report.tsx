/**
 * The arrears report for the office: every house that owes or holds credit as
 * of a day, filtered by zone, age bucket and eligibility (suspension of
 * services, the land office), with totals, a chart of the buckets, CSV and
 * Excel, and dunning letters — one house's, or one PDF for the whole filter.
 */
import { Alert, Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconMailForward } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { DayPickerInput } from '@/components/day-picker-input';
import { Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatIsoDay, formatMonth, formatNumber } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';
import { ARREARS_BUCKETS, ELIGIBILITIES } from '@/types/finance-control';

import { useArrears, useDownloadDunningLetter, useDownloadDunningLetters, useZones } from '../api/reports';
import type { ArrearsReport, ArrearsRow } from '../api/reports';
import { arrearsQueryFrom } from '../utils';
import { ReportDownloads } from './report-downloads';

const ArrearsChart = lazy(() => import('./arrears-chart'));

function Flags({ row }: { row: ArrearsRow }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {row.land_office_eligible ? <Badge size="sm" color="red" variant="filled">{t('reports.flags.landOffice')}</Badge> : null}
      {row.suspension_eligible ? <Badge size="sm" color="orange" variant="light">{t('reports.flags.suspension')}</Badge> : null}
      {row.prescription_risk ? <Badge size="sm" color="grape" variant="light">{t('reports.flags.prescription')}</Badge> : null}
      {row.balance_satang < 0 ? <Badge size="sm" color="teal" variant="light">{t('reports.flags.credit')}</Badge> : null}
    </Group>
  );
}

function LetterButton({ row }: { row: ArrearsRow }) {
  const { t } = useTranslation();
  const letter = useDownloadDunningLetter();
  // A letter is about what is past due (any bucket but "not yet due"); the API answers 409 otherwise.
  const overdue = ARREARS_BUCKETS.some((bucket) => bucket !== 'current' && row.buckets[bucket] > 0);
  if (!overdue) return null;
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconFileTypePdf size={14} />}
      loading={letter.isPending}
      aria-label={t('reports.arrears.letterFor', { house: row.house_number })}
      onClick={() => letter.mutate(row, { onError: (e) => notifyFailure(problemMessage(e, t)) })}
    >
      {t('reports.arrears.letter')}
    </Button>
  );
}

/** A house on a phone: a card (a table would hide the flags and the letter to the side). */
function ArrearsCard({ row }: { row: ArrearsRow }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="arrears-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={paths.house(row.house_id)} fw={700}>{row.house_number}</Anchor>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {[row.zone ? `${t('reports.arrears.zone')} ${row.zone}` : null, row.owner_name].filter(Boolean).join(' · ') || '—'}
          </Text>
        </Stack>
        <Stack gap={0} align="flex-end">
          <Money satang={row.outstanding_satang} fw={700} />
          <Text size="xs" c="dimmed">{t('reports.arrears.monthsShort', { count: row.months_in_arrears, formatted: formatNumber(row.months_in_arrears, i18n.language) })}</Text>
        </Stack>
      </Group>
      <Group justify="space-between" mt={6} gap="xs" wrap="wrap">
        <Flags row={row} />
        <LetterButton row={row} />
      </Group>
    </Paper>
  );
}

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>{label}</Text>
      <Text fw={700} fz="lg" data-testid={testId}>{children}</Text>
    </Stack>
  );
}

function Totals({ report }: { report: ArrearsReport }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" data-testid="arrears-totals">
      <Figure label={t('reports.arrears.houses')} testId="total-houses">{n(report.totals.houses)}</Figure>
      <Figure label={t('reports.arrears.outstanding')} testId="total-outstanding"><Money satang={report.totals.outstanding_satang} /></Figure>
      <Figure label={t('reports.arrears.credit')}><Money satang={report.totals.credit_satang} /></Figure>
      <Figure label={t('reports.arrears.balance')}><Money satang={report.totals.balance_satang} /></Figure>
      <Figure label={t('reports.arrears.pastSuspension', { months: report.thresholds.suspension_months })}>{n(report.totals.suspension_eligible)}</Figure>
      <Figure label={t('reports.arrears.pastLandOffice', { months: report.thresholds.land_office_months })}>{n(report.totals.land_office_eligible)}</Figure>
    </SimpleGrid>
  );
}

function Filters() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = arrearsQueryFrom(params);
  const zones = useZones();
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <DayPickerInput label={t('reports.arrears.asOf')} placeholder={t('reports.arrears.today')} value={query.as_of ?? null} onChange={(day) => set('as_of', day)} w={{ base: '100%', xs: 180 }} />
      <Select
        label={t('reports.arrears.zone')}
        placeholder={t('reports.arrears.anyZone')}
        data={(zones.data ?? []).map((zone) => ({ value: zone, label: zone }))}
        value={query.zone ?? null}
        onChange={(value) => set('zone', value)}
        clearable
        w={{ base: '100%', xs: 150 }}
      />
      <Select
        label={t('reports.arrears.bucket')}
        placeholder={t('reports.arrears.anyBucket')}
        data={ARREARS_BUCKETS.map((value) => ({ value, label: t(`reports.buckets.${value}`) }))}
        value={query.bucket ?? null}
        onChange={(value) => set('bucket', value)}
        clearable
        w={{ base: '100%', xs: 190 }}
      />
      <Select
        label={t('reports.arrears.eligible')}
        placeholder={t('reports.arrears.anyone')}
        data={ELIGIBILITIES.map((value) => ({ value, label: t(`reports.eligible.${value}`) }))}
        value={query.eligible ?? null}
        onChange={(value) => set('eligible', value)}
        clearable
        w={{ base: '100%', xs: 230 }}
      />
    </Group>
  );
}

export function ArrearsReportView() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const query = arrearsQueryFrom(params);
  const report = useArrears(query);
  const letters = useDownloadDunningLetters();
  const lang = i18n.language;
  // Letters are about what is overdue today, whatever day the table is as of.
  const letterQuery = { zone: query.zone, bucket: query.bucket, eligible: query.eligible };
  const [letterError, setLetterError] = useState<string | null>(null);
  const bulkLetters = () => {
    setLetterError(null);
    letters.mutate(letterQuery, {
      onSuccess: ({ files, letters }) => notifySuccess(t('reports.arrears.lettersSaved', { count: letters, files })),
      onError: (e) => setLetterError(isApiError(e) && e.code === 'no_arrears' ? t('reports.arrears.noLetters') : problemMessage(e, t)),
    });
  };
  const data = report.data;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Filters />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {data ? t('reports.arrears.asOfLine', { day: formatIsoDay(data.as_of, lang) }) : null}
          </Text>
          <Group gap="xs" wrap="wrap">
            <ReportDownloads report="arrears" query={query} name={`arrears-${data?.as_of ?? 'today'}`} disabled={!data} />
            <Button size="sm" variant="light" leftSection={<IconMailForward size={16} />} loading={letters.isPending} disabled={!data || data.items.length === 0} onClick={bulkLetters} data-testid="bulk-letters">
              {t('reports.arrears.letters')}
            </Button>
          </Group>
        </Group>
        {letterError ? (
          <Alert color="orange" mt="sm" role="alert" withCloseButton onClose={() => setLetterError(null)} data-testid="letters-error">
            {letterError}
          </Alert>
        ) : null}
      </Paper>
      {report.isPending ? <PageLoader /> : null}
      {report.isError && !data ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {data ? (
        <>
          <Paper withBorder radius="md" p="md">
            <Totals report={data} />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={2} size="h5" mb="sm">{t('reports.arrears.byBucket')}</Title>
            <Suspense fallback={<PageLoader label={t('overview.loadingCharts')} />}>
              <ArrearsChart report={data} />
            </Suspense>
          </Paper>
          <Paper withBorder radius="md" p="md">
            {data.items.length === 0 ? (
              <EmptyState title={t('reports.arrears.empty')}>{t('reports.arrears.emptyHint')}</EmptyState>
            ) : null}
            {data.items.length > 0 ? (
              <Stack gap="xs" hiddenFrom="sm">
                {data.items.map((row) => <ArrearsCard key={row.house_id} row={row} />)}
                <Group justify="space-between" px="sm">
                  <Text fw={700}>{t('reports.arrears.total')}</Text>
                  <Money satang={data.totals.outstanding_satang} fw={700} />
                </Group>
              </Stack>
            ) : null}
            {data.items.length === 0 ? null : (
              <Table.ScrollContainer minWidth={560} visibleFrom="sm">
                <Table striped verticalSpacing="sm" aria-label={t('reports.arrears.title')} aria-busy={report.isFetching} data-testid="arrears-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.arrears.house')}</Table.Th>
                      <Table.Th visibleFrom="sm">{t('reports.arrears.owner')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('reports.arrears.outstanding')}</Table.Th>
                      <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('reports.arrears.months')}</Table.Th>
                      <Table.Th>{t('reports.arrears.flags')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((row) => (
                      <Table.Tr key={row.house_id} data-testid="arrears-row">
                        <Table.Td>
                          <Anchor component={Link} to={paths.house(row.house_id)} fw={600} size="sm">{row.house_number}</Anchor>
                          {row.zone ? <Text size="xs" c="dimmed">{t('reports.arrears.zone')} {row.zone}</Text> : null}
                        </Table.Td>
                        <Table.Td visibleFrom="sm"><Text size="sm" lineClamp={1}>{row.owner_name ?? '—'}</Text></Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>
                          <Money satang={row.outstanding_satang} size="sm" fw={600} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" title={row.unpaid_months.map((m) => formatMonth(m, lang)).join(', ')}>{formatNumber(row.months_in_arrears, lang)}</Text>
                        </Table.Td>
                        <Table.Td><Flags row={row} /></Table.Td>
                        <Table.Td><LetterButton row={row} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr data-testid="arrears-total-row">
                      <Table.Th>{t('reports.arrears.total')}</Table.Th>
                      <Table.Th visibleFrom="sm" />
                      <Table.Th style={{ textAlign: 'right' }}><Money satang={data.totals.outstanding_satang} fw={700} /></Table.Th>
                      <Table.Th colSpan={3} />
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
