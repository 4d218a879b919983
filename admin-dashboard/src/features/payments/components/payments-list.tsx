/**
 * Payments for the office: the confirmation queue (pending, by default) and
 * every payment. A checker confirms or cancels what someone else recorded;
 * the recorder sees that someone else must confirm. A confirmed payment can
 * be reversed (with a reason) by a checker, never by its recorder.
 */
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { Money } from '@/components/money';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatIsoDay, formatNumber } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useCancelPayment, useConfirmPayment, useDownloadReceiptPdf, usePayments, useReversePayment } from '../api/payments';
import type { PaymentRead, PaymentStatus } from '../api/payments';
import { awaitsSomeoneElse, canCancel, canConfirm, canReverse, PAYMENT_COLORS, PAYMENT_STATUSES } from '../policies';

function ReverseModal({ payment, onClose }: { payment: PaymentRead; onClose: () => void }) {
  const { t } = useTranslation();
  const reverse = useReversePayment();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('payments.reverseTitle')}>
      <Stack>
        <Text size="sm">{t('payments.reverseHint', { receipt: payment.receipt?.number ?? '—' })}</Text>
        {error ? <Alert color="red" role="alert">{error}</Alert> : null}
        <Textarea label={t('payments.reverseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={reverse.isPending}
            onClick={() =>
              reverse.mutate(
                { id: payment.id, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('payments.reversed'));
                    onClose();
                  },
                  onError: (e) => setError(problemMessage(e, t)),
                },
              )
            }
          >
            {t('payments.reverse')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Actions({ payment, onReverse }: { payment: PaymentRead; onReverse: (p: PaymentRead) => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const confirm = useConfirmPayment();
  const cancel = useCancelPayment();
  const pdf = useDownloadReceiptPdf();
  const fail = (e: unknown) => notifyFailure(problemMessage(e, t));
  const askConfirm = () =>
    modals.openConfirmModal({
      title: t('payments.confirmTitle'),
      children: (
        <Text size="sm">
          {t('payments.confirmHint', { house: payment.house.house_number, method: t(`payments.methods.${payment.method}`) })} <Money satang={payment.amount_satang} fw={700} /> {t('payments.baht')}
        </Text>
      ),
      labels: { confirm: t('payments.confirm'), cancel: t('common.cancel') },
      onConfirm: () =>
        confirm.mutate(payment.id, {
          onSuccess: (confirmed) => notifySuccess(t('payments.confirmedNotice', { receipt: confirmed.receipt?.number ?? '' })),
          onError: fail,
        }),
    });
  return (
    <Group gap={6} wrap="nowrap">
      {canConfirm(user, payment) ? (
        <Button size="xs" onClick={askConfirm} loading={confirm.isPending} data-testid="confirm-payment">
          {t('payments.confirm')}
        </Button>
      ) : null}
      {awaitsSomeoneElse(user, payment) ? (
        <Text size="xs" c="dimmed" data-testid="awaits-other">{t('payments.someoneElse')}</Text>
      ) : null}
      {canCancel(user, payment) ? (
        <Button size="xs" variant="subtle" color="gray" loading={cancel.isPending} onClick={() => cancel.mutate(payment.id, { onSuccess: () => notifySuccess(t('payments.cancelled')), onError: fail })}>
          {t('payments.cancel')}
        </Button>
      ) : null}
      {payment.status === 'confirmed' && payment.receipt ? (
        <Button size="xs" variant="subtle" loading={pdf.isPending} onClick={() => payment.receipt && pdf.mutate(payment.receipt, { onError: fail })}>
          {t('payments.receiptPdfShort')}
        </Button>
      ) : null}
      {canReverse(user, payment) ? (
        <Button size="xs" variant="subtle" color="red" onClick={() => onReverse(payment)}>
          {t('payments.reverse')}
        </Button>
      ) : null}
    </Group>
  );
}

export function PaymentsList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: PaymentStatus | 'all' = raw === 'all' ? 'all' : (PAYMENT_STATUSES.find((s) => s === raw) ?? 'pending');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const [reversing, setReversing] = useState<PaymentRead | null>(null);
  const payments = usePayments({ page, per_page: perPage, sort: '-created_at', ...(status === 'all' ? {} : { status }) });
  const lang = i18n.language;
  const columns: Column<PaymentRead>[] = [
    { key: 'house', header: t('payments.house'), noWrap: true, cell: (p) => <Text fw={600} size="sm">{p.house.house_number}</Text> },
    { key: 'amount', header: t('payments.amount'), noWrap: true, cell: (p) => <Money satang={p.amount_satang} fw={500} /> },
    {
      key: 'method',
      header: t('payments.method'),
      cell: (p) => (
        <div>
          <Text size="sm">{t(`payments.methods.${p.method}`)}</Text>
          {p.reference ? <Text size="xs" c="dimmed">{p.reference}</Text> : null}
        </div>
      ),
    },
    { key: 'paid', header: t('payments.paidOn'), noWrap: true, visibleFrom: 'sm', cell: (p) => formatIsoDay(p.paid_on, lang) },
    { key: 'by', header: t('payments.recordedBy'), visibleFrom: 'md', cell: (p) => p.recorded_by?.full_name ?? '—' },
    {
      key: 'status',
      header: t('payments.status'),
      noWrap: true,
      cell: (p) => (
        <Stack gap={2}>
          <Badge variant="light" color={PAYMENT_COLORS[p.status]}>{t(`payments.statuses.${p.status}`)}</Badge>
          {p.receipt ? <Anchor size="xs" component="span" data-testid="payment-receipt">{p.receipt.number}</Anchor> : null}
        </Stack>
      ),
    },
    { key: 'actions', header: '', cell: (p) => <Actions payment={p} onReverse={setReversing} /> },
  ];
  const total = payments.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <SegmentedControl
        mb="md"
        fullWidth
        maw={480}
        data={[
          { value: 'pending', label: t('payments.queue') },
          { value: 'confirmed', label: t('payments.statuses.confirmed') },
          { value: 'all', label: t('payments.all') },
        ]}
        value={status === 'pending' || status === 'confirmed' ? status : 'all'}
        onChange={(value) => {
          setPage(1);
          setParams(value === 'pending' ? {} : { status: value }, { replace: true });
        }}
      />
      <DataTable
        label={t('payments.title')}
        testId="payments-table"
        columns={columns}
        rows={payments.data?.items}
        isPending={payments.isPending}
        isFetching={payments.isFetching}
        error={payments.error}
        onRetry={() => void payments.refetch()}
        empty={{ title: status === 'pending' ? t('payments.queueEmpty') : t('payments.empty') }}
        total={total}
        totalLabel={t('payments.total', { count: total, formatted: formatNumber(total, lang) })}
        page={page}
        perPage={perPage}
        pageSizes={[10, 20, 50, 100]}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(1);
        }}
        minWidth={760}
      />
      {reversing ? <ReverseModal payment={reversing} onClose={() => setReversing(null)} /> : null}
    </Paper>
  );
}
