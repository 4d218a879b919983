/**
 * The months of a year, newest first: open or closed, and a closed month's
 * snapshot (billed, collected, credited, outstanding, documents). The checker
 * closes an ended month after a confirmation; the super admin reopens one
 * with a reason.
 */
import { Alert, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDateTime, formatMonth, formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import { useClosePeriod, usePeriods, useReopenPeriod } from '../api/periods';
import type { PeriodRead } from '../api/periods';
import { canClose, canReopen } from '../policies';

function ReopenModal({ period, onClose }: { period: PeriodRead; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const reopen = useReopenPeriod();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const month = formatMonth(period.period, i18n.language);
  return (
    <Modal opened onClose={onClose} title={t('periods.reopenTitle', { month })}>
      <Stack>
        <Text size="sm">{t('periods.reopenHint')}</Text>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Textarea label={t('periods.reopenReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="orange"
            disabled={!reason.trim()}
            loading={reopen.isPending}
            onClick={() =>
              reopen.mutate(
                { period: period.period, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('periods.reopened', { month }));
                    onClose();
                  },
                  onError: (e) => setError(problemMessage(e, t)),
                },
              )
            }
          >
            {t('periods.reopen')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Actions({ period, onReopen, onError }: { period: PeriodRead; onReopen: (p: PeriodRead) => void; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const close = useClosePeriod();
  const month = formatMonth(period.period, i18n.language);
  const askClose = () =>
    modals.openConfirmModal({
      title: t('periods.closeTitle', { month }),
      children: <Text size="sm">{t('periods.closeHint')}</Text>,
      labels: { confirm: t('periods.close'), cancel: t('common.cancel') },
      onConfirm: () =>
        close.mutate(period.period, {
          onSuccess: () => notifySuccess(t('periods.closed', { month })),
          onError: (e) => onError(isApiError(e) && e.code === 'period_not_ended' ? t('periods.errors.notEnded') : problemMessage(e, t)),
        }),
    });
  return (
    <Group gap={6} wrap="nowrap">
      {canClose(user, period) ? (
        <Button size="xs" leftSection={<IconLock size={14} />} onClick={askClose} loading={close.isPending} aria-label={t('periods.closeMonth', { month })} data-testid="close-period">
          {t('periods.close')}
        </Button>
      ) : null}
      {canReopen(user, period) ? (
        <Button size="xs" variant="subtle" color="orange" leftSection={<IconLockOpen size={14} />} onClick={() => onReopen(period)} aria-label={t('periods.reopenMonth', { month })} data-testid="reopen-period">
          {t('periods.reopen')}
        </Button>
      ) : null}
    </Group>
  );
}

/** A month on a phone: a card instead of a table row (the table would hide its figures and buttons to the side). */
function PeriodCard({ period: p, onReopen, onError }: { period: PeriodRead; onReopen: (p: PeriodRead) => void; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = p.snapshot;
  const figure = (label: string, satang: number | undefined) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      {satang === undefined ? <Text size="sm">—</Text> : <Money satang={satang} size="sm" fw={600} />}
    </Stack>
  );
  return (
    <Paper withBorder radius="md" p="sm" data-testid="period-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={700}>{formatMonth(p.period, lang)}</Text>
          {p.status === 'closed' && p.closed_at ? (
            <Text size="xs" c="dimmed">{t('periods.closedBy', { name: p.closed_by?.full_name ?? '—', at: formatDateTime(p.closed_at, lang) })}</Text>
          ) : null}
          {p.reopen_reason ? <Text size="xs" c="orange.8">{t('periods.reopenedBecause', { name: p.reopened_by?.full_name ?? '—', reason: p.reopen_reason })}</Text> : null}
        </Stack>
        <Badge variant="light" color={p.status === 'closed' ? 'gray' : 'teal'} style={{ flexShrink: 0, overflow: 'visible' }}>{t(`periods.statuses.${p.status}`)}</Badge>
      </Group>
      {s ? (
        <SimpleGrid cols={2} spacing="xs" mt="xs">
          {figure(t('periods.billed'), s.billed_satang)}
          {figure(t('periods.collected'), s.collected_satang)}
          {figure(t('periods.credited'), s.credited_satang)}
          {figure(t('periods.outstanding'), s.outstanding_satang)}
        </SimpleGrid>
      ) : null}
      <Group mt="xs" justify="flex-end">
        <Actions period={p} onReopen={onReopen} onError={onError} />
      </Group>
    </Paper>
  );
}

function yearsAround(now: number): string[] {
  return Array.from({ length: 6 }, (_, i) => String(now + 1 - i));
}

export function PeriodsList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2200 ? rawYear : thisYear;
  const periods = usePeriods(year);
  const [reopening, setReopening] = useState<PeriodRead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const yearLabel = (y: string) => (lang.startsWith('th') ? `${y} (พ.ศ. ${Number(y) + 543})` : y);
  return (
    <Paper withBorder radius="md" p="md">
      <Select
        label={t('periods.year')}
        data={yearsAround(thisYear).map((value) => ({ value, label: yearLabel(value) }))}
        value={String(year)}
        onChange={(value) => value && setParams({ year: value }, { replace: true })}
        allowDeselect={false}
        w={{ base: '100%', xs: 200 }}
        mb="md"
      />
      {error ? (
        <Alert color="red" role="alert" mb="md" withCloseButton onClose={() => setError(null)} data-testid="period-error">
          {error}
        </Alert>
      ) : null}
      {periods.isPending ? <PageLoader /> : null}
      {periods.isError && !periods.data ? <QueryError error={periods.error} onRetry={() => void periods.refetch()} /> : null}
      {periods.data && periods.data.items.length === 0 ? <EmptyState title={t('periods.empty')}>{t('periods.emptyHint')}</EmptyState> : null}
      {periods.data && periods.data.items.length > 0 ? (
        <Stack gap="sm" hiddenFrom="sm">
          {periods.data.items.map((p) => (
            <PeriodCard key={p.period} period={p} onReopen={setReopening} onError={setError} />
          ))}
        </Stack>
      ) : null}
      {periods.data && periods.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={560} visibleFrom="sm">
          <Table striped verticalSpacing="sm" aria-label={t('periods.title')} aria-busy={periods.isFetching} data-testid="periods-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periods.month')}</Table.Th>
                <Table.Th>{t('periods.status')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('periods.billed')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('periods.collected')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }} visibleFrom="md">{t('periods.credited')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('periods.outstanding')}</Table.Th>
                <Table.Th visibleFrom="lg">{t('periods.documents')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.data.items.map((p) => {
                const s = p.snapshot;
                return (
                  <Table.Tr key={p.period} data-testid="period-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600}>{formatMonth(p.period, lang)}</Text>
                      {p.status === 'closed' && p.closed_at ? (
                        <Text size="xs" c="dimmed">{t('periods.closedBy', { name: p.closed_by?.full_name ?? '—', at: formatDateTime(p.closed_at, lang) })}</Text>
                      ) : null}
                      {p.reopen_reason ? (
                        <Text size="xs" c="orange.8">{t('periods.reopenedBecause', { name: p.reopened_by?.full_name ?? '—', reason: p.reopen_reason })}</Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.status === 'closed' ? 'gray' : 'teal'} data-testid="period-status">{t(`periods.statuses.${p.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{s ? <Money satang={s.billed_satang} /> : '—'}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{s ? <Money satang={s.collected_satang} /> : '—'}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }} visibleFrom="md">{s ? <Money satang={s.credited_satang} /> : '—'}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{s ? <Money satang={s.outstanding_satang} fw={600} /> : '—'}</Table.Td>
                    <Table.Td visibleFrom="lg">
                      {s ? (
                        <Text size="xs">{t('periods.counts', { invoices: n(s.counts.invoices), receipts: n(s.counts.receipts), creditNotes: n(s.counts.credit_notes), houses: n(s.counts.houses_in_arrears) })}</Text>
                      ) : '—'}
                    </Table.Td>
                    <Table.Td><Actions period={p} onReopen={setReopening} onError={setError} /></Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {reopening ? <ReopenModal period={reopening} onClose={() => setReopening(null)} /> : null}
    </Paper>
  );
}
