/**
 * Record money taken at the office: the house → its open invoices with the
 * suggested allocation (oldest due first; amounts editable) → method, day and
 * reference. With confirmation required it waits for a second person;
 * otherwise it is confirmed at once and the receipt number is shown.
 */
import { Alert, Button, Grid, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconClock, IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DayPickerInput } from '@/components/day-picker-input';
import { HouseSelect } from '@/components/house-select';
import { BahtInput, Money } from '@/components/money';
import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatIsoDay } from '@/lib/format';
import { notifyFailure } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useDownloadReceiptPdf, useOpenInvoices, useRecordPayment } from '../api/payments';
import type { InvoiceRead, PaymentMethod, PaymentRead } from '../api/payments';
import { METHODS } from '../policies';
import { checkAllocation, oldestDueFirst, suggestAllocation } from '../utils/allocation';

export function RecordedPayment({ payment, onAnother }: { payment: PaymentRead; onAnother?: () => void }) {
  const { t } = useTranslation();
  const pdf = useDownloadReceiptPdf();
  const receipt = payment.receipt;
  return (
    <Stack gap="sm" data-testid="payment-recorded">
      {payment.status === 'confirmed' && receipt ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('payments.confirmedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('payments.receiptIssued')} <b data-testid="receipt-number">{receipt.number}</b> · <Money satang={payment.amount_satang} fw={600} /> {t('payments.baht')}
            </Text>
            <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} loading={pdf.isPending} onClick={() => pdf.mutate(receipt, { onError: (e) => notifyFailure(problemMessage(e, t)) })}>
              {t('payments.receiptPdf')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Alert color="orange" icon={<IconClock size={18} />} title={t('payments.pendingTitle')} data-testid="payment-pending">
          {t('payments.pendingHint')}
        </Alert>
      )}
      {onAnother ? (
        <Group>
          <Button variant="default" onClick={onAnother}>{t('payments.recordAnother')}</Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function AllocationTable({ invoices, allocation, onChange }: { invoices: InvoiceRead[]; allocation: Record<number, number | null>; onChange: (id: number, satang: number | null) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" data-testid="allocation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments.invoice')}</Table.Th>
            <Table.Th>{t('payments.due')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('payments.outstanding')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('payments.allocate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => {
            const value = allocation[invoice.id] ?? null;
            return (
              <Table.Tr key={invoice.id} data-testid="allocation-row">
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>{invoice.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDay(invoice.due_date, i18n.language)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}><Money satang={invoice.outstanding_satang} /></Table.Td>
                <Table.Td>
                  <BahtInput
                    label={t('payments.allocateTo', { number: invoice.number })}
                    aria-label={t('payments.allocateTo', { number: invoice.number })}
                    invalidMessage={t('finance.money.invalid')}
                    value={value}
                    onChange={(satang) => onChange(invoice.id, satang)}
                    error={value !== null && value > invoice.outstanding_satang ? t('payments.moreThanOwed') : undefined}
                    w={150}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RecordPaymentForm() {
  const { t } = useTranslation();
  const [houseId, setHouseId] = useState<number | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const [allocation, setAllocation] = useState<Record<number, number | null>>({});
  const [edited, setEdited] = useState(false);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [paidOn, setPaidOn] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<PaymentRead | null>(null);
  const open = useOpenInvoices(houseId);
  const record = useRecordPayment();
  const invoices = useMemo(() => oldestDueFirst(open.data ?? []), [open.data]);
  const owed = invoices.reduce((sum, invoice) => sum + invoice.outstanding_satang, 0);

  // The suggestion follows the amount until the office edits an allocation.
  useEffect(() => {
    if (!edited) setAllocation(suggestAllocation(invoices, amount ?? 0));
  }, [invoices, amount, edited]);

  const check = checkAllocation(invoices, amount ?? 0, allocation);
  const allocationInvalid = check.overPaid || check.overInvoice.length > 0 || invoices.some((invoice) => allocation[invoice.id] === null);
  const ready = houseId !== null && amount !== null && amount > 0 && paidOn !== null && !allocationInvalid;

  const reset = () => {
    setHouseId(null);
    setAmount(null);
    setAllocation({});
    setEdited(false);
    setReference('');
    setNote('');
    setDone(null);
    setError(null);
  };

  const submit = () => {
    if (!ready || houseId === null || amount === null || paidOn === null) return;
    setError(null);
    record.mutate(
      {
        house_id: houseId,
        amount_satang: amount,
        method,
        paid_on: paidOn,
        reference: reference.trim() || null,
        note: note.trim() || null,
        ...(edited
          ? { allocations: invoices.map((invoice) => ({ invoice_id: invoice.id, amount_satang: allocation[invoice.id] ?? 0 })).filter((a) => a.amount_satang > 0) }
          : {}),
      },
      { onSuccess: setDone, onError: (e) => setError(problemMessage(e, t)) },
    );
  };

  if (done) return <Paper withBorder radius="md" p="md"><RecordedPayment payment={done} onAnother={reset} /></Paper>;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md" data-testid="record-payment">
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <HouseSelect
              label={t('payments.house')}
              placeholder={t('payments.housePlaceholder')}
              value={houseId}
              onChange={(id) => {
                setHouseId(id);
                setEdited(false);
              }}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <BahtInput
              label={t('payments.amount')}
              description={houseId !== null && owed > 0 ? <>{t('payments.owes')} <Money satang={owed} /></> : undefined}
              invalidMessage={t('finance.money.invalid')}
              value={amount}
              onChange={setAmount}
              required
              data-testid="payment-amount"
            />
          </Grid.Col>
        </Grid>
        {houseId !== null ? (
          open.isPending ? (
            <PageLoader />
          ) : open.error ? (
            <QueryError error={open.error} onRetry={() => void open.refetch()} />
          ) : invoices.length === 0 ? (
            <EmptyState title={t('payments.noOpenInvoices')}>{t('payments.noOpenInvoicesHint')}</EmptyState>
          ) : (
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={3} size="h5">{t('payments.allocationTitle')}</Title>
                <Group gap="xs">
                  {owed > 0 && amount !== owed ? (
                    <Button size="xs" variant="subtle" onClick={() => setAmount(owed)}>{t('payments.payAll')}</Button>
                  ) : null}
                  {edited ? (
                    <Button size="xs" variant="subtle" onClick={() => setEdited(false)}>{t('payments.useSuggestion')}</Button>
                  ) : null}
                </Group>
              </Group>
              <Text size="xs" c="dimmed">{t('payments.allocationHint')}</Text>
              <AllocationTable
                invoices={invoices}
                allocation={allocation}
                onChange={(id, satang) => {
                  setEdited(true);
                  setAllocation((prev) => ({ ...prev, [id]: satang }));
                }}
              />
              <Group justify="flex-end" gap="lg">
                <Text size="sm">{t('payments.allocated')} <Money satang={check.allocatedSatang} fw={600} data-testid="allocated-total" /></Text>
                <Text size="sm">{t('payments.toCredit')} <Money satang={check.creditSatang} fw={600} /></Text>
              </Group>
              {check.overPaid ? <Alert color="red">{t('payments.overPaid')}</Alert> : null}
            </Stack>
          )
        ) : null}
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('payments.method')}
              data={METHODS.map((value) => ({ value, label: t(`payments.methods.${value}`) }))}
              value={method}
              onChange={(value) => value && setMethod(value as PaymentMethod)}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <DayPickerInput label={t('payments.paidOn')} value={paidOn} onChange={setPaidOn} maxDate={dayjs().format('YYYY-MM-DD')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t('payments.reference')} description={t('payments.referenceHint')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} maxLength={100} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('payments.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button onClick={submit} disabled={!ready} loading={record.isPending} data-testid="record-submit">
            {t('payments.record')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('payments.makerChecker')}
        </Text>
      </Stack>
    </Paper>
  );
}
