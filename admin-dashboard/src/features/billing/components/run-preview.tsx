/**
 * One billing run: what it would bill (a preview: each house's lines and
 * total, the grand total, the houses skipped and why), with post and discard;
 * or what it billed once posted.
 */
import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Money } from '@/components/money';
import { paths } from '@/config/paths';
import { formatIsoDay, formatMonth, formatNumber } from '@/lib/format';
import { problemMessage } from '@/lib/problem-message';

import { previewTotals, useDiscardRun, usePostRun } from '../api/billing-runs';
import type { BillingRunRead } from '../api/billing-runs';

const period = (value: string) => value.slice(0, 7);

function Stat({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg" data-testid={testId}>{children}</Text>
    </Paper>
  );
}

export function RunPreview({ run, onPosted, onDiscarded, editable }: { run: BillingRunRead; onPosted?: (run: BillingRunRead) => void; onDiscarded?: () => void; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const post = usePostRun();
  const discard = useDiscardRun();
  const [error, setError] = useState<string | null>(null);
  const totals = previewTotals(run);
  const lang = i18n.language;

  const confirmPost = () =>
    modals.openConfirmModal({
      title: t('billing.postTitle'),
      children: <Text size="sm">{t('billing.postConfirm', { count: totals.houses })}<Money satang={totals.totalSatang} fw={700} /> {t('billing.baht')}</Text>,
      labels: { confirm: t('billing.post'), cancel: t('common.cancel') },
      confirmProps: { 'data-testid': 'confirm-post' } as Record<string, string>,
      onConfirm: () => {
        setError(null);
        post.mutate(run.id, { onSuccess: (posted) => onPosted?.(posted), onError: (e) => setError(problemMessage(e, t)) });
      },
    });

  const confirmDiscard = () =>
    modals.openConfirmModal({
      title: t('billing.discardTitle'),
      children: <Text size="sm">{t('billing.discardConfirm')}</Text>,
      labels: { confirm: t('billing.discard'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => discard.mutate(run.id, { onSuccess: () => onDiscarded?.(), onError: (e) => setError(problemMessage(e, t)) }),
    });

  const months = run.months === 1 ? formatMonth(period(run.period), lang) : t('billing.monthsFrom', { count: run.months, month: formatMonth(period(run.period), lang) });
  return (
    <Stack gap="md" data-testid="run-preview">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3">{months}</Title>
          <Text size="sm" c="dimmed">
            {t('billing.issueDue', { issue: formatIsoDay(run.issue_date, lang), due: formatIsoDay(run.due_date, lang) })}
          </Text>
        </Stack>
        <Badge size="lg" variant="light" color={run.status === 'posted' ? 'teal' : run.status === 'preview' ? 'blue' : 'gray'}>
          {t(`billing.statuses.${run.status}`)}
        </Badge>
      </Group>
      {error ? <Alert color="red" role="alert" icon={<IconAlertTriangle size={18} />}>{error}</Alert> : null}
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Stat label={t('billing.invoicesToIssue')} testId="preview-count">{formatNumber(run.status === 'posted' ? run.invoice_count : totals.houses, lang)}</Stat>
        <Stat label={t('billing.lines')}>{formatNumber(totals.lines, lang)}</Stat>
        <Stat label={t('billing.total')} testId="preview-total"><Money satang={run.status === 'posted' ? run.total_satang : totals.totalSatang} /></Stat>
      </SimpleGrid>
      {run.preview.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs" data-testid="preview-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.house')}</Table.Th>
                <Table.Th>{t('billing.billTo')}</Table.Th>
                <Table.Th>{t('billing.linesColumn')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('billing.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {run.preview.map((item) => (
                <Table.Tr key={item.house_id} data-testid="preview-row">
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>{item.house_number}</Table.Td>
                  <Table.Td>
                    {item.bill_to_name}
                    {item.billed_to_developer ? <Badge ml={6} size="xs" variant="outline">{t('billing.developer')}</Badge> : null}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {item.lines.map((line, index) => (
                        <Group key={index} gap="xs" justify="space-between" wrap="nowrap">
                          <Text size="xs">{line.description}</Text>
                          <Money satang={line.amount_satang} size="xs" c="dimmed" />
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Money satang={item.total_satang} fw={600} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3}>{t('billing.total')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>
                  <Money satang={totals.totalSatang} />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Alert color="gray">{t('billing.nothingToBill')}</Alert>
      )}
      {run.skipped.length > 0 ? (
        <Alert color="yellow" title={t('billing.skippedTitle', { count: run.skipped.length })} data-testid="skipped">
          <List size="sm">
            {run.skipped.map((skip) => (
              <List.Item key={skip.house_id}>
                <b>{skip.house_number}</b>: {t(`billing.skipReasons.${skip.reason}`, { defaultValue: skip.reason })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {run.status === 'preview' && editable ? (
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={confirmDiscard} loading={discard.isPending}>
            {t('billing.discard')}
          </Button>
          <Button onClick={confirmPost} loading={post.isPending} disabled={run.preview.length === 0} data-testid="post-run">
            {t('billing.postCount', { count: totals.houses })}
          </Button>
        </Group>
      ) : null}
      {run.status === 'posted' ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="run-posted">
          {t('billing.postedSummary', { count: run.invoice_count })} <Money satang={run.total_satang} fw={700} /> {t('billing.baht')} ·{' '}
          <Anchor component={Link} to={`${paths.invoices}?period=${period(run.period)}`}>{t('billing.seeInvoices')}</Anchor>
        </Alert>
      ) : null}
    </Stack>
  );
}
