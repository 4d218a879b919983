/**
 * Credit notes for the office, by status: a checker other than the maker
 * approves (the invoice is credited, the note numbered) or rejects with a
 * reason; the maker sees that someone else must decide; an issued note has a PDF.
 */
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { DataTable } from '@/components/data-table';
import type { Column } from '@/components/data-table';
import { Money } from '@/components/money';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDateTime, formatIsoDay, formatNumber } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useApproveCreditNote, useCreditNotes, useDownloadCreditNotePdf, useRejectCreditNote } from '../api/credit-notes';
import type { CreditNoteRead, CreditNoteStatus } from '../api/credit-notes';
import { awaitsSomeoneElse, canDecide, CREDIT_NOTE_COLORS, CREDIT_NOTE_STATUSES } from '../policies';
import { creditNoteProblem } from './credit-note-problem';

type Row = CreditNoteRead;

function RejectModal({ note, onClose }: { note: Row; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectCreditNote();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('creditNotes.rejectTitle', { invoice: note.invoice.number })}>
      <Stack>
        {error ? <Alert color="red" role="alert" data-testid="credit-note-error">{error}</Alert> : null}
        <Textarea label={t('creditNotes.rejectReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={reject.isPending}
            onClick={() =>
              reject.mutate(
                { id: note.id, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('creditNotes.rejected'));
                    onClose();
                  },
                  onError: (e) => setError(creditNoteProblem(e, t)),
                },
              )
            }
          >
            {t('creditNotes.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Actions({ note, onReject, onError }: { note: Row; onReject: (note: Row) => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const approve = useApproveCreditNote();
  const pdf = useDownloadCreditNotePdf();
  const askApprove = () =>
    modals.openConfirmModal({
      title: t('creditNotes.approveTitle'),
      children: (
        <Text size="sm">
          {t('creditNotes.approveHint', { invoice: note.invoice.number, house: note.house.house_number })} <Money satang={note.amount_satang} fw={700} /> {t('creditNotes.baht')}
        </Text>
      ),
      labels: { confirm: t('creditNotes.approve'), cancel: t('common.cancel') },
      onConfirm: () =>
        approve.mutate(note.id, {
          onSuccess: (issued) => notifySuccess(t('creditNotes.approved', { number: issued.number ?? '' })),
          onError: (e) => onError(creditNoteProblem(e, t)),
        }),
    });
  return (
    <Group gap={6} wrap="nowrap">
      {canDecide(user, note) ? (
        <>
          <Button size="xs" onClick={askApprove} loading={approve.isPending} data-testid="approve-credit-note">{t('creditNotes.approve')}</Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => onReject(note)} data-testid="reject-credit-note">{t('creditNotes.reject')}</Button>
        </>
      ) : null}
      {awaitsSomeoneElse(user, note) ? <Text size="xs" c="dimmed" data-testid="awaits-other">{t('creditNotes.someoneElse')}</Text> : null}
      {note.status === 'issued' ? (
        <Button size="xs" variant="subtle" loading={pdf.isPending} onClick={() => pdf.mutate(note, { onError: (e) => notifyFailure(creditNoteProblem(e, t)) })}>
          PDF
        </Button>
      ) : null}
    </Group>
  );
}

export function CreditNotesList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = CREDIT_NOTE_STATUSES.find((s) => s === params.get('status'));
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(20);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notes = useCreditNotes({ page, per_page: perPage, sort: '-created_at', ...(status ? { status } : {}) });
  const lang = i18n.language;
  const columns: Column<Row>[] = [
    {
      key: 'number',
      header: t('creditNotes.number'),
      noWrap: true,
      cell: (n) => (n.number ? <Text fw={600} size="sm" data-testid="credit-note-number">{n.number}</Text> : <Text size="sm" c="dimmed">—</Text>),
    },
    {
      key: 'invoice',
      header: t('creditNotes.invoice'),
      noWrap: true,
      cell: (n) => (
        <div>
          <Anchor component={Link} to={paths.invoice(n.invoice.id)} size="sm">{n.invoice.number}</Anchor>
          <Text size="xs" c="dimmed">{n.house.house_number}</Text>
        </div>
      ),
    },
    { key: 'amount', header: t('creditNotes.amount'), noWrap: true, cell: (n) => <Money satang={n.amount_satang} fw={500} /> },
    {
      key: 'reason',
      header: t('creditNotes.reason'),
      visibleFrom: 'md',
      cell: (n) => (
        <div>
          <Text size="sm" lineClamp={2}>{n.reason}</Text>
          {n.reject_reason ? <Text size="xs" c="red.7">{t('creditNotes.rejectedBecause', { reason: n.reject_reason })}</Text> : null}
        </div>
      ),
    },
    {
      key: 'by',
      header: t('creditNotes.createdBy'),
      visibleFrom: 'sm',
      cell: (n) => (
        <div>
          <Text size="sm">{n.created_by?.full_name ?? '—'}</Text>
          <Text size="xs" c="dimmed">{formatDateTime(n.created_at, lang)}</Text>
        </div>
      ),
    },
    {
      key: 'status',
      header: t('creditNotes.status'),
      noWrap: true,
      cell: (n) => (
        <Stack gap={2}>
          <Badge variant="light" color={CREDIT_NOTE_COLORS[n.status]}>{t(`creditNotes.statuses.${n.status}`)}</Badge>
          {n.issue_date ? <Text size="xs" c="dimmed">{formatIsoDay(n.issue_date, lang)}</Text> : null}
        </Stack>
      ),
    },
    { key: 'actions', header: '', cell: (n) => <Actions note={n} onReject={setRejecting} onError={setError} /> },
  ];
  const total = notes.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md">
      <SegmentedControl
        mb="md"
        fullWidth
        maw={560}
        data={[{ value: 'all', label: t('creditNotes.all') }, ...CREDIT_NOTE_STATUSES.map((value) => ({ value, label: t(`creditNotes.statuses.${value}`) }))]}
        value={status ?? 'all'}
        onChange={(value) => {
          setPage(1);
          setParams(value === 'all' ? {} : { status: value }, { replace: true });
        }}
      />
      {error ? (
        <Alert color="red" role="alert" mb="md" withCloseButton onClose={() => setError(null)} data-testid="credit-note-error">
          {error}
        </Alert>
      ) : null}
      <DataTable
        label={t('creditNotes.title')}
        testId="credit-notes-table"
        columns={columns}
        rows={notes.data?.items}
        isPending={notes.isPending}
        isFetching={notes.isFetching}
        error={notes.error}
        onRetry={() => void notes.refetch()}
        empty={{ title: t('creditNotes.empty'), hint: t('creditNotes.emptyHint') }}
        total={total}
        totalLabel={t('creditNotes.total', { count: total, formatted: formatNumber(total, lang) })}
        page={page}
        perPage={perPage}
        pageSizes={[10, 20, 50, 100]}
        onPage={setPage}
        onPerPage={(n) => {
          setPerPage(n);
          setPage(1);
        }}
        minWidth={720}
      />
      {rejecting ? <RejectModal note={rejecting} onClose={() => setRejecting(null)} /> : null}
    </Paper>
  );
}

export type { CreditNoteStatus };
