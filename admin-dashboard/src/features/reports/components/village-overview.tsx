/**
 * The village at a glance for the office's home page: this month's billing
 * and collections, what is outstanding, houses past each arrears threshold,
 * slips waiting (and the oldest), open service requests by age, payments and
 * credit notes waiting for a second person. Each card opens its list with
 * the filter applied.
 */
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Money } from '@/components/money';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatMonth, formatNumber } from '@/lib/format';

import { useOverview } from '../api/reports';
import type { OverviewRead } from '../api/reports';
import { currentMonth } from '../utils';

function Card({ label, to, children, hint, testId }: { label: string; to: string; children: ReactNode; hint?: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Anchor component={Link} to={to} size="xs" c="dimmed" tt="uppercase" fw={700} underline="hover">
          {label}
        </Anchor>
        <Text fz={26} fw={700} lh={1.15} data-testid="overview-value">{children}</Text>
        {hint ? <Text size="xs" c="dimmed">{hint}</Text> : null}
      </Stack>
    </Paper>
  );
}

/** "waiting 3 days" from an instant, in whole days (hours under a day). */
export function waitingFor(since: string, now: Date = new Date()): { unit: 'days' | 'hours'; count: number } {
  const ms = Math.max(0, now.getTime() - new Date(since).getTime());
  const hours = Math.floor(ms / 3_600_000);
  return hours >= 24 ? { unit: 'days', count: Math.floor(hours / 24) } : { unit: 'hours', count: hours };
}

function Cards({ data }: { data: OverviewRead }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const month = currentMonth(data.today);
  const ages = data.service_requests_open_by_age;
  const openRequests = ages['0_2'] + ages['3_7'] + ages['8_30'] + ages.over_30;
  const oldest = data.oldest_slip_waiting_since ? waitingFor(data.oldest_slip_waiting_since) : null;
  const requests = (age?: string) => `${paths.serviceRequests}?open=true${age ? `&age=${age}` : ''}`;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md" mb="lg" data-testid="village-overview">
      <Card label={t('reports.overview.billed')} to={`${paths.invoices}?period=${month}`} hint={formatMonth(month, i18n.language)} testId="card-billed">
        <Money satang={data.billed_this_month_satang} />
      </Card>
      <Card label={t('reports.overview.collected')} to={`${paths.collections}?from=${month}&to=${month}`} hint={formatMonth(month, i18n.language)} testId="card-collected">
        <Money satang={data.collected_this_month_satang} />
      </Card>
      <Card label={t('reports.overview.outstanding')} to={paths.arrears} testId="card-outstanding">
        <Money satang={data.outstanding_satang} />
      </Card>
      <Card label={t('reports.overview.pastSuspension')} to={`${paths.arrears}?eligible=suspension`} hint={t('reports.overview.houses')} testId="card-suspension">
        {n(data.houses_past_suspension)}
      </Card>
      <Card label={t('reports.overview.pastLandOffice')} to={`${paths.arrears}?eligible=land_office`} hint={t('reports.overview.houses')} testId="card-land-office">
        {n(data.houses_past_land_office)}
      </Card>
      <Card
        label={t('reports.overview.slips')}
        to={paths.slips}
        hint={oldest ? t(`reports.overview.oldest_${oldest.unit}`, { count: oldest.count }) : t('reports.overview.noneWaiting')}
        testId="card-slips"
      >
        {n(data.slips_waiting)}
      </Card>
      <Card
        label={t('reports.overview.requests')}
        to={requests()}
        testId="card-requests"
        hint={
          <Group gap={8} wrap="wrap" component="span">
            <Anchor component={Link} to={requests()} size="xs">{t('reports.overview.age0_2', { count: ages['0_2'] })}</Anchor>
            <Anchor component={Link} to={requests('3')} size="xs">{t('reports.overview.age3_7', { count: ages['3_7'] })}</Anchor>
            <Anchor component={Link} to={requests('7')} size="xs">{t('reports.overview.age8_30', { count: ages['8_30'] })}</Anchor>
            <Anchor component={Link} to={requests('30')} size="xs" c={ages.over_30 ? 'red.7' : undefined}>{t('reports.overview.ageOver30', { count: ages.over_30 })}</Anchor>
          </Group>
        }
      >
        {n(openRequests)}
      </Card>
      <Card label={t('reports.overview.paymentsPending')} to={paths.payments} testId="card-payments">
        {n(data.payments_pending)}
      </Card>
      <Card label={t('reports.overview.creditNotesPending')} to={`${paths.creditNotes}?status=pending_approval`} testId="card-credit-notes">
        {n(data.credit_notes_pending)}
      </Card>
    </SimpleGrid>
  );
}

export function VillageOverview() {
  const overview = useOverview();
  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  return <Cards data={overview.data} />;
}
