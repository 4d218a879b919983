/**
 * One bill: its months and lines (months in the reader's calendar: B.E. in
 * Thai), the totals, and — while something is owed — how to pay it. The API
 * answers 404 for a bill outside the person's houses: the page says not found.
 */
import { Anchor, Alert, Breadcrumbs, Button, Divider, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NotFoundPage } from '@/components/errors/status-page';
import { Money } from '@/components/money';
import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatIsoDay, formatMonth } from '@/lib/format';
import { notifyFailure } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

import { documents, type Invoice, useInvoice } from '../api/my-bills';
import { isOpen } from '../policies';
import { InvoiceStatusBadge, OverdueBadge } from './badges';
import { MonthsLabel } from './bills-list';
import { PayPanel } from './pay-panel';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function PdfButton({ onDownload, label, testId }: { onDownload: () => Promise<unknown>; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      await onDownload();
    } catch (error) {
      notifyFailure(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {label}
    </Button>
  );
}

function Lines({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  return (
    <Table verticalSpacing={6} horizontalSpacing={4} data-testid="invoice-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('myBills.invoice.lines')}</Table.Th>
          <Table.Th ta="right">{t('myBills.invoice.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoice.lines.map((line) => (
          <Table.Tr key={line.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {line.month ? formatMonth(line.month, i18n.language) : line.description}
              </Text>
              <Text size="xs" c="dimmed">
                {line.month ? line.description : null}
                {line.quantity > 1 ? ` × ${line.quantity}` : null}
              </Text>
            </Table.Td>
            <Table.Td ta="right" style={{ verticalAlign: 'top' }}>
              <Money currency satang={line.amount_satang} size="sm" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Totals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const row = (label: string, satang: number, strong = false, testId?: string) => (
    <Group justify="space-between" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Money currency satang={satang} fw={strong ? 800 : 500} fz={strong ? 'xl' : 'sm'} c={strong && invoice.outstanding_satang > 0 ? 'red.8' : undefined} data-testid={testId} />
    </Group>
  );
  return (
    <Stack gap={4}>
      {row(t('myBills.invoice.total'), invoice.total_satang)}
      {invoice.paid_satang > 0 ? row(t('myBills.invoice.paid'), -invoice.paid_satang) : null}
      {invoice.credited_satang > 0 ? row(t('myBills.invoice.credited'), -invoice.credited_satang) : null}
      <Divider my={4} />
      {row(t('myBills.invoice.outstanding'), invoice.outstanding_satang, true, 'invoice-outstanding')}
    </Stack>
  );
}

function InvoiceView({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const open = isOpen(invoice);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: open ? 7 : 12 }}>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="invoice-detail">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={700} fz="lg">
                  <MonthsLabel lines={invoice.lines} />
                </Text>
                <Text size="sm" c="dimmed">
                  {t('myBills.invoice.house', { house: invoice.house.house_number })}
                </Text>
              </Stack>
              <Group gap={6}>
                <InvoiceStatusBadge status={invoice.status} />
                {invoice.overdue ? <OverdueBadge /> : null}
              </Group>
            </Group>
            <Group gap="lg" wrap="wrap">
              <Fact label={t('myBills.invoice.issued')}>{formatIsoDay(invoice.issue_date, i18n.language)}</Fact>
              <Fact label={t('myBills.invoice.due')}>
                <Text span size="sm" c={invoice.overdue ? 'red.8' : undefined} fw={invoice.overdue ? 700 : undefined}>
                  {formatIsoDay(invoice.due_date, i18n.language)}
                </Text>
              </Fact>
              <Fact label={t('myBills.invoice.billTo')}>{invoice.bill_to_name}</Fact>
            </Group>
            <Lines invoice={invoice} />
            <Totals invoice={invoice} />
            {invoice.status === 'void' ? <Alert color="gray">{t('myBills.invoice.voidNote')}</Alert> : null}
            {!open && invoice.status !== 'void' ? <Alert color="teal">{t('myBills.invoice.settledNote')}</Alert> : null}
            <Group>
              <PdfButton onDownload={() => documents.invoice(invoice)} label={t('myBills.invoice.downloadPdf')} testId="invoice-pdf" />
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
      {open ? (
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PayPanel invoice={invoice} />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}

export function InvoiceDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const invoice = useInvoice(id);
  if (invoice.isPending) return <PageLoader />;
  if (isApiError(invoice.error) && invoice.error.status === 404) return <NotFoundPage />;
  if (invoice.isError) return <QueryError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to={paths.myBills} size="sm">
          {t('myBills.invoice.back')}
        </Anchor>
        <span>{invoice.data.number}</span>
      </Breadcrumbs>
      <Title order={1} size="h3" mb="md">
        {t('myBills.invoice.title', { number: invoice.data.number })}
      </Title>
      <InvoiceView invoice={invoice.data} />
    </>
  );
}
