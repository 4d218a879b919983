import { Badge, Button, Group, Modal, Pagination, Paper, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { isApiError } from '@/lib/problem';
import { formatPhone } from '@/lib/phone';

import { useHouses } from '../api/houses';
import { useApproveRequest, useMembershipRequests, useRejectRequest } from '../api/requests';
import type { MembershipRequest, RequestStatus } from '../api/requests';
import { registryProblem } from '../utils/problems';
import { RelationBadge } from './house-badges';

const STATUSES: RequestStatus[] = ['pending', 'approved', 'rejected'];
const PER_PAGE = 20;
const STATUS_COLORS: Record<RequestStatus, string> = { pending: 'yellow', approved: 'teal', rejected: 'gray' };

/** When no house has the number the person gave: pick the right one (the API answered 404). */
function PickHouseModal({ request, onClose }: { request: MembershipRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveRequest();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [houseId, setHouseId] = useState<string | null>(null);
  const houses = useHouses({ q: debounced.trim() || undefined, per_page: 20, page: 1, sort: 'house_number' });
  const options = (houses.data?.items ?? []).map((house) => ({ value: String(house.id), label: house.house_number }));
  const chosen = options.find((option) => option.value === houseId);
  const name = request.user.full_name;

  return (
    <Modal opened onClose={onClose} title={t('requests.pickHouseTitle', { house: request.house_number })}>
      <Stack>
        <Text size="sm">{t('requests.pickHouseBody', { name, house: request.house_number })}</Text>
        <Select
          label={t('requests.pickHouse')}
          placeholder={t('requests.pickHousePlaceholder')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={options}
          value={houseId}
          onChange={setHouseId}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!houseId}
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: request.id, houseId: Number(houseId) },
                {
                  onSuccess: () => {
                    notifySuccess(t('requests.approved', { name, house: chosen?.label ?? '' }));
                    onClose();
                  },
                  onError: (error) => notifyFailure(registryProblem(error, t)),
                },
              )
            }
          >
            {t('requests.approveInto')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RejectModal({ request, onClose }: { request: MembershipRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectRequest();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = request.user.full_name;
  return (
    <Modal opened onClose={onClose} title={t('requests.rejectTitle', { name })}>
      <Stack>
        <Textarea
          label={t('requests.rejectNote')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
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
          <Button
            color="red"
            loading={reject.isPending}
            onClick={() => {
              if (!note.trim()) {
                setError(t('validation.required'));
                return;
              }
              reject.mutate(
                { id: request.id, note: note.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('requests.rejected', { name }));
                    onClose();
                  },
                  onError: (caught) => setError(registryProblem(caught, t)),
                },
              );
            }}
          >
            {t('requests.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RequestCard({ request, onPickHouse, onReject }: { request: MembershipRequest; onPickHouse: () => void; onReject: () => void }) {
  const { t, i18n } = useTranslation();
  const approve = useApproveRequest();
  const { user } = request;
  const lang = i18n.language;
  const approveAsGiven = () =>
    approve.mutate(
      { id: request.id },
      {
        onSuccess: () => notifySuccess(t('requests.approved', { name: user.full_name, house: request.house_number })),
        onError: (error) => {
          // No house has the number given: let the office pick the right one.
          if (isApiError(error) && error.status === 404) onPickHouse();
          else notifyFailure(registryProblem(error, t));
        },
      },
    );

  return (
    <Paper withBorder radius="md" p="md" data-testid="request-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600}>{user.full_name}</Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[user.phone ? formatPhone(user.phone) : null, user.email].filter(Boolean).join(' · ')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">
              {t('requests.house')}: <b>{request.house_number}</b>
            </Text>
            <RelationBadge relation={request.relation} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('requests.requestedOn')} {formatDate(request.created_at, lang)}
            {request.decided_at ? ` · ${t('requests.decidedOn', { date: formatDate(request.decided_at, lang) })}` : ''}
          </Text>
          {request.decision_note ? (
            <Text size="sm">
              {t('requests.note')}: {request.decision_note}
            </Text>
          ) : null}
        </Stack>
        {request.status === 'pending' ? (
          <Group gap="xs">
            <Button size="xs" leftSection={<IconCheck size={14} />} loading={approve.isPending} onClick={approveAsGiven}>
              {t('requests.approve')}
            </Button>
            <Button size="xs" variant="light" color="red" leftSection={<IconX size={14} />} onClick={onReject}>
              {t('requests.reject')}
            </Button>
          </Group>
        ) : (
          <Badge color={STATUS_COLORS[request.status]} variant="light" tt="none">
            {t(`requests.status.${request.status}`)}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

export function RequestsQueue() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'pending';
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const requests = useMembershipRequests({ status, page, per_page: PER_PAGE });
  const [picking, setPicking] = useState<MembershipRequest | null>(null);
  const [rejecting, setRejecting] = useState<MembershipRequest | null>(null);
  const total = requests.data?.total ?? 0;

  return (
    <Stack>
      <SegmentedControl
        aria-label={t('requests.statusFilter')}
        value={status}
        onChange={(value) => setParams(value === 'pending' ? {} : { status: value }, { replace: true })}
        data={STATUSES.map((value) => ({ value, label: t(`requests.status.${value}`) }))}
        w={{ base: '100%', xs: 'auto' }}
        style={{ alignSelf: 'flex-start' }}
      />
      {requests.isPending ? <PageLoader /> : null}
      {requests.isError ? <QueryError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {requests.data && requests.data.items.length === 0 ? <EmptyState title={t('requests.empty')} /> : null}
      {requests.data?.items.map((request) => (
        <RequestCard key={request.id} request={request} onPickHouse={() => setPicking(request)} onReject={() => setRejecting(request)} />
      ))}
      {requests.data && total > 0 ? (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('requests.total', { count: total, formatted: formatNumber(total, i18n.language) })}
          </Text>
          {total > PER_PAGE ? (
            <Pagination
              total={Math.ceil(total / PER_PAGE)}
              value={page}
              onChange={(next) => setParams({ ...(status === 'pending' ? {} : { status }), page: String(next) }, { replace: true })}
              size="sm"
            />
          ) : null}
        </Group>
      ) : null}
      {picking ? <PickHouseModal request={picking} onClose={() => setPicking(null)} /> : null}
      {rejecting ? <RejectModal request={rejecting} onClose={() => setRejecting(null)} /> : null}
    </Stack>
  );
}
