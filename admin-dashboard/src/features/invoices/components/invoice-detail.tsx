/**
 * One invoice for the office: who is billed, its lines (month by month), what
 * is paid, credited and outstanding; the PDF, the PromptPay QR, and a void
 * with a reason while nothing is paid or credited.
 */
import { Alert, Badge, Button, Divider, Group, Image, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconBan, IconDownload, IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Money } from '@/components/money';
import { PageLoader, QueryError } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatIsoDay, formatMonth } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';
import { svgDataUrl } from '@/lib/svg';

import { useDownloadInvoicePdf, useInvoice, usePromptPay, useVoidInvoice } from '../api/invoices';
import type { InvoiceRead } from '../api/invoices';
import { canVoid, hasPromptPay } from '../policies';
import { InvoiceStatusBadge } from './invoice-status';

function QrModal({ invoice, onClose }: { invoice: InvoiceRead; onClose: () => void }) {
  const { t } = useTranslation();
  const qr = usePromptPay(invoice.id, true);
  return (
    <Modal opened onClose={onClose} title={t('invoices.qrTitle', { number: invoice.number })}>
      {qr.isPending ? (
        <PageLoader />
      ) : qr.error ? (
        <QueryError error={qr.error} />
      ) : (
        <Stack align="center" gap="xs" data-testid="promptpay">
          {qr.data.svg ? (
            <Image src={svgDataUrl(qr.data.svg)} alt={t('invoices.qrAlt', { number: invoice.number })} w={240} h={240} />
          ) : (
            <Text size="sm" c="dimmed" ta="center">{t('invoices.noQr')}</Text>
          )}
          <Text fw={700} size="lg"><Money satang={qr.data.amount_satang} /> {t('invoices.baht')}</Text>
          {qr.data.bank_name ? (
            <Text size="sm" c="dimmed" ta="center">
              {qr.data.bank_name} · {qr.data.bank_account_name} · {qr.data.bank_account_number}
            </Text>
          ) : null}
        </Stack>
      )}
    </Modal>
  );
}

function VoidModal({ invoice, onClose }: { invoice: InvoiceRead; onClose: () => void }) {
  const { t } = useTranslation();
  const voidInvoice = useVoidInvoice(invoice.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('invoices.voidTitle', { number: invoice.number })}>
      <Stack>
        <Text size="sm">{t('invoices.voidHint')}</Text>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Textarea label={t('invoices.voidReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={voidInvoice.isPending}
            onClick={() =>
              voidInvoice.mutate(reason.trim(), {
                onSuccess: () => {
                  notifySuccess(t('invoices.voided', { number: invoice.number }));
                  onClose();
                },
                onError: (e) => setError(problemMessage(e, t)),
              })
            }
          >
            {t('invoices.void')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Amount({ label, satang, strong, testId }: { label: string; satang: number; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" gap="xl">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 700 : undefined}>{label}</Text>
      <Money satang={satang} fw={strong ? 700 : 500} data-testid={testId} />
    </Group>
  );
}

/** `actions`: more buttons for the invoice, from the page (a credit note). */
export function InvoiceDetail({ id, actions }: { id: number; actions?: (invoice: InvoiceRead) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const invoice = useInvoice(id);
  const pdf = useDownloadInvoicePdf();
  const [dialog, setDialog] = useState<'qr' | 'void' | null>(null);
  if (invoice.isPending) return <PageLoader />;
  if (invoice.error) return <QueryError error={invoice.error} onRetry={() => void invoice.refetch()} />;
  const inv = invoice.data;
  const lang = i18n.language;
  return (
    <Stack gap="md" data-testid="invoice-detail">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} size="h3">{inv.number}</Title>
              <InvoiceStatusBadge status={inv.status} />
              {inv.overdue ? <Badge color="red" variant="filled">{t('invoices.overdue')}</Badge> : null}
            </Group>
            <Text size="sm">
              {t('invoices.fields.house')} <b>{inv.house.house_number}</b> · {inv.bill_to_name}
            </Text>
            <Text size="sm" c="dimmed">
              {t('invoices.issueDue', { issue: formatIsoDay(inv.issue_date, lang), due: formatIsoDay(inv.due_date, lang) })}
            </Text>
            {inv.status === 'void' && inv.void_reason ? <Text size="sm" c="red">{t('invoices.voidedBecause', { reason: inv.void_reason })}</Text> : null}
          </Stack>
          <Group gap="xs" wrap="wrap">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate(inv, { onError: (e) => notifyFailure(problemMessage(e, t)) })}
            >
              {t('invoices.pdf')}
            </Button>
            {hasPromptPay(inv) ? (
              <Button variant="default" leftSection={<IconQrcode size={16} />} onClick={() => setDialog('qr')}>
                {t('invoices.qr')}
              </Button>
            ) : null}
            {actions?.(inv)}
            {canVoid(user, inv) ? (
              <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={() => setDialog('void')}>
                {t('invoices.void')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="invoice-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoices.fields.description')}</Table.Th>
                <Table.Th>{t('invoices.fields.month')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('invoices.fields.quantity')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('invoices.fields.unit')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('invoices.fields.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inv.lines.map((line, index) => (
                <Table.Tr key={line.id ?? index}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.month ? formatMonth(line.month.slice(0, 7), lang) : '—'}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{line.quantity}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}><Money satang={line.unit_satang} /></Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}><Money satang={line.amount_satang} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Divider my="sm" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div />
          <Stack gap={4}>
            <Amount label={t('invoices.fields.total')} satang={inv.total_satang} />
            <Amount label={t('invoices.fields.paid')} satang={inv.paid_satang} />
            {inv.credited_satang ? <Amount label={t('invoices.fields.credited')} satang={inv.credited_satang} /> : null}
            <Amount label={t('invoices.fields.outstanding')} satang={inv.outstanding_satang} strong testId="invoice-outstanding" />
          </Stack>
        </SimpleGrid>
      </Paper>
      {dialog === 'qr' ? <QrModal invoice={inv} onClose={() => setDialog(null)} /> : null}
      {dialog === 'void' ? <VoidModal invoice={inv} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
