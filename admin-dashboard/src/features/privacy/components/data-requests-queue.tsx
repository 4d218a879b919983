import { Anchor, Button, Checkbox, Group, Modal, Pagination, Paper, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatDate, formatIsoDay, formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';

import { REQUEST_STATUSES, REQUEST_TYPES, useDataRequests, useDecideDataRequest } from '../api/privacy';
import type { DataRequest, DataRequestStatus, DataRequestType } from '../api/privacy';
import { privacyProblem } from '../utils/problems';
import { EraseDialog } from './erase-dialog';
import { RequestStatusBadge } from './request-badges';

const PER_PAGE = 20;
type Decision = 'complete' | 'reject' | 'erase';

function DecideModal({ request, decision, onClose }: { request: DataRequest; decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideDataRequest();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const name = request.user.full_name;
  if (erasing) {
    return <EraseDialog userId={request.user.id} name={name} requestId={request.id} note={note.trim() || undefined} onClose={onClose} />;
  }
  const submit = () => {
    if (!note.trim()) {
      setError(t('validation.required'));
      return;
    }
    if (decision === 'erase') {
      setErasing(true);
      return;
    }
    decide.mutate(
      { id: request.id, decision, note: note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t(decision === 'complete' ? 'privacy.queue.completed' : 'privacy.queue.rejected', { name }));
          onClose();
        },
        onError: (caught) => setError(privacyProblem(caught, t)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t(`privacy.queue.${decision}Title`, { name })}>
      <Stack>
        <Text size="sm">{t(`privacy.queue.${decision}Body`)}</Text>
        <Textarea
          label={decision === 'reject' ? t('privacy.queue.reason') : t('privacy.queue.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          required
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={decision === 'complete' ? undefined : 'red'} loading={decide.isPending} onClick={submit}>
            {t(`privacy.queue.${decision}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RequestCard({ request, onDecide }: { request: DataRequest; onDecide: (decision: Decision) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder radius="md" p="md" data-testid="data-request-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{t(`privacy.types.${request.type}`)}</Text>
            <RequestStatusBadge request={request} />
          </Group>
          <Anchor component={Link} to={paths.user(request.user.id)} size="sm">
            {request.user.full_name}
          </Anchor>
          <Text size="xs" c={request.overdue ? 'red' : 'dimmed'}>
            {t('privacy.filedOn', { date: formatDate(request.created_at, lang) })} · {t('privacy.dueOn', { date: formatIsoDay(request.due_on, lang) })}
          </Text>
          {request.details ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {request.details}
            </Text>
          ) : null}
          {request.decision_note ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('privacy.answer')}: {request.decision_note}
              {request.decided_by ? ` — ${request.decided_by.full_name}` : ''}
            </Text>
          ) : null}
        </Stack>
        {request.status === 'pending' ? (
          <Group gap="xs">
            {request.type === 'erasure' ? (
              <Button size="xs" color="red" leftSection={<IconTrash size={14} />} onClick={() => onDecide('erase')}>
                {t('privacy.queue.erase')}
              </Button>
            ) : null}
            <Button size="xs" leftSection={<IconCheck size={14} />} onClick={() => onDecide('complete')}>
              {t('privacy.queue.complete')}
            </Button>
            <Button size="xs" variant="light" color="red" leftSection={<IconX size={14} />} onClick={() => onDecide('reject')}>
              {t('privacy.queue.reject')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

/** The office's queue of data-subject requests: the most urgent first, overdue flagged. */
export function DataRequestsQueue() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status: DataRequestStatus | 'all' = statusParam === 'all' ? 'all' : (REQUEST_STATUSES.find((s) => s === statusParam) ?? 'pending');
  const type = REQUEST_TYPES.find((value) => value === params.get('type'));
  const overdue = params.get('overdue') === 'true';
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const requests = useDataRequests({
    status: status === 'all' ? undefined : status,
    type,
    overdue: overdue ? true : undefined,
    page,
    per_page: PER_PAGE,
    sort: 'due_on',
  });
  const [deciding, setDeciding] = useState<{ request: DataRequest; decision: Decision } | null>(null);
  const total = requests.data?.total ?? 0;

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <SegmentedControl
          aria-label={t('privacy.queue.statusFilter')}
          value={status}
          onChange={(value) => update({ status: value === 'pending' ? null : value })}
          data={[...REQUEST_STATUSES.map((value) => ({ value, label: t(`privacy.status.${value}`) })), { value: 'all', label: t('privacy.queue.all') }]}
          w={{ base: '100%', xs: 'auto' }}
        />
        <Select
          aria-label={t('privacy.queue.typeFilter')}
          placeholder={t('privacy.queue.anyType')}
          data={REQUEST_TYPES.map((value) => ({ value, label: t(`privacy.types.${value}`) }))}
          value={type ?? null}
          onChange={(value) => update({ type: (value as DataRequestType | null) ?? null })}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Checkbox label={t('privacy.queue.overdueOnly')} checked={overdue} onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : null })} mb={8} />
      </Group>
      {requests.isPending ? <PageLoader /> : null}
      {requests.isError ? <QueryError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {requests.data && requests.data.items.length === 0 ? <EmptyState title={t('privacy.queue.empty')} /> : null}
      {requests.data?.items.map((request) => (
        <RequestCard key={request.id} request={request} onDecide={(decision) => setDeciding({ request, decision })} />
      ))}
      {requests.data && total > 0 ? (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('privacy.queue.total', { count: total, formatted: formatNumber(total, i18n.language) })}
          </Text>
          {total > PER_PAGE ? <Pagination total={Math.ceil(total / PER_PAGE)} value={page} onChange={(next) => update({ page: String(next) })} size="sm" /> : null}
        </Group>
      ) : null}
      {deciding ? <DecideModal request={deciding.request} decision={deciding.decision} onClose={() => setDeciding(null)} /> : null}
    </Stack>
  );
}
