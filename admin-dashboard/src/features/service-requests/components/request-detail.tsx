/**
 * One request: what was reported (with photos), where it stands, and its
 * timeline. The moves offered are the API's `allowed_transitions` for the
 * signed-in person (the office: start, hold, reject, resolve; the opener:
 * cancel, reopen within 7 days, close with a rating). Internal notes are the
 * office's, shown on a yellow ground and labelled; the API never sends them
 * to residents.
 */
import { Alert, Anchor, Badge, Button, FileButton, Group, Image, Modal, Paper, Rating, Select, SimpleGrid, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconCamera, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-provider';
import { formatDateTime } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import { useAddComment, useAssignees, useComments, usePhotoUrl, useServiceRequest, useTransition, useUpdateRequest, useUploadPhoto } from '../api/service-requests';
import type { Comment, Photo, Priority, ServiceRequest, Status } from '../api/service-requests';
import { isReopen, isRequestStaff, PRIORITIES, REASON_REQUIRED } from '../policies';
import { prepareImage } from '../utils/downscale';
import { PriorityBadge, RequestStatusBadge } from './badges';

const TERMINAL: ReadonlySet<Status> = new Set<Status>(['rejected', 'cancelled', 'closed']);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function PhotoThumb({ request, photo, n }: { request: ServiceRequest; photo: Photo; n: number }) {
  const { t } = useTranslation();
  const url = usePhotoUrl(request.id, photo.id);
  const alt = t('serviceRequests.photoAlt', { n, number: request.number });
  return url ? (
    <Anchor href={url} target="_blank" rel="noopener">
      <Image src={url} alt={alt} h={110} radius="sm" fit="cover" data-testid="request-photo" />
    </Anchor>
  ) : (
    <Paper h={110} radius="sm" bg="gray.1" aria-label={alt} />
  );
}

function Photos({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(request.id);
  const canAdd = !TERMINAL.has(request.status) && request.photos.length < 10;
  async function add(files: File[]) {
    for (const file of files) {
      try {
        const prepared = await prepareImage(file);
        await upload.mutateAsync({ photo: prepared.blob, name: prepared.name });
      } catch (error) {
        notifyFailure(problemMessage(error, t));
      }
    }
  }
  if (request.photos.length === 0 && !canAdd) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('serviceRequests.fields.photos')}
        </Text>
        {canAdd ? (
          <FileButton multiple accept="image/jpeg,image/png,image/webp" onChange={(files) => void add(files)}>
            {(props) => (
              <Button {...props} size="xs" variant="default" leftSection={<IconCamera size={16} />} loading={upload.isPending}>
                {t('serviceRequests.addPhotos')}
              </Button>
            )}
          </FileButton>
        ) : null}
      </Group>
      {request.photos.length > 0 ? (
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
          {request.photos.map((photo, index) => (
            <PhotoThumb key={photo.id} request={request} photo={photo} n={index + 1} />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}

function Triage({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const assignees = useAssignees(true);
  const update = useUpdateRequest(request.id);
  const finished = TERMINAL.has(request.status);
  function save(body: { assignee_id?: number | null; priority?: Priority }) {
    update.mutate(body, {
      onSuccess: () => notifySuccess(t('serviceRequests.detail.assigned')),
      onError: (error) => notifyFailure(problemMessage(error, t)),
    });
  }
  const options = (assignees.data ?? []).map((person) => ({ value: String(person.id), label: person.full_name }));
  if (request.assignee && !options.some((o) => o.value === String(request.assignee?.id))) {
    options.push({ value: String(request.assignee.id), label: request.assignee.full_name });
  }
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <Select
        label={t('serviceRequests.detail.assign')}
        placeholder={t('serviceRequests.detail.assignPlaceholder')}
        data={options}
        value={request.assignee ? String(request.assignee.id) : null}
        onChange={(value) => save({ assignee_id: value ? Number(value) : null })}
        clearable
        searchable
        disabled={finished}
        w={{ base: '100%', xs: 240 }}
        data-testid="assignee-select"
      />
      <Select
        label={t('serviceRequests.fields.priority')}
        data={PRIORITIES.map((value) => ({ value, label: t(`serviceRequests.priorities.${value}`) }))}
        value={request.priority}
        onChange={(value) => value && save({ priority: value as Priority })}
        allowDeselect={false}
        disabled={finished}
        w={{ base: '100%', xs: 160 }}
      />
    </Group>
  );
}

function Actions({ request, staff }: { request: ServiceRequest; staff: boolean }) {
  const { t } = useTranslation();
  const move = useTransition(request.id);
  const [target, setTarget] = useState<Status | null>(null);
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const [ratingComment, setRatingComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moves = request.allowed_transitions;

  function label(to: Status) {
    return isReopen(request.status, to) ? t('serviceRequests.transitions.reopen') : t(`serviceRequests.transitions.${to as Exclude<Status, 'submitted'>}`);
  }
  function start(to: Status) {
    setTarget(to);
    setReason('');
    setRating(0);
    setRatingComment('');
    setError(null);
  }
  function confirm() {
    if (!target) return;
    move.mutate(
      {
        to: target,
        reason: reason.trim() || null,
        ...(target === 'closed' ? { rating: rating || null, rating_comment: ratingComment.trim() || null } : {}),
      },
      {
        onSuccess: (moved) => {
          setTarget(null);
          notifySuccess(t('serviceRequests.detail.moved', { status: t(`serviceRequests.statuses.${moved.status}`) }));
        },
        onError: (failure) => setError(problemMessage(failure, t)),
      },
    );
  }
  const needsReason = target !== null && REASON_REQUIRED.has(target);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('serviceRequests.detail.actions')}
      </Text>
      {moves.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('serviceRequests.detail.noActions')}
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap">
          {moves.map((to) => (
            <Button key={to} size="sm" variant={to === 'rejected' || to === 'cancelled' ? 'default' : 'filled'} color={to === 'rejected' ? 'red' : undefined} onClick={() => start(to)}>
              {label(to)}
            </Button>
          ))}
        </Group>
      )}
      {!staff && request.status === 'resolved' && moves.includes('in_progress') ? (
        <Text size="xs" c="dimmed">
          {t('serviceRequests.detail.reopenHint')}
        </Text>
      ) : null}
      <Modal opened={target !== null} onClose={() => setTarget(null)} title={target ? label(target) : ''} centered>
        <Stack gap="sm">
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          {target === 'closed' ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rating-label">
                {t('serviceRequests.detail.ratingLabel')}
              </Text>
              <Rating value={rating} onChange={setRating} size="lg" aria-labelledby="rating-label" />
              <Textarea label={t('serviceRequests.detail.ratingComment')} value={ratingComment} onChange={(e) => setRatingComment(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
            </Stack>
          ) : (
            <Textarea
              label={needsReason ? t('serviceRequests.detail.reasonRequired') : t('serviceRequests.detail.reasonOptional')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required={needsReason}
              maxLength={5000}
              autosize
              minRows={2}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} loading={move.isPending} disabled={needsReason && !reason.trim()}>
              {t('serviceRequests.detail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function TimelineEntry({ entry }: { entry: Comment }) {
  const { t, i18n } = useTranslation();
  const who = entry.author?.full_name ?? t('serviceRequests.detail.automatic');
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      bg={entry.internal ? 'yellow.0' : undefined}
      style={entry.internal ? { borderColor: 'var(--mantine-color-yellow-5)', borderStyle: 'dashed' } : undefined}
      data-testid={entry.internal ? 'internal-note' : 'timeline-entry'}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {who}
          </Text>
          {entry.internal ? (
            <Badge color="yellow" variant="filled" leftSection={<IconLock size={12} />}>
              {t('serviceRequests.detail.internal')}
            </Badge>
          ) : null}
          {entry.status_to ? (
            <Text size="sm" c="dimmed">
              {t('serviceRequests.detail.changed', {
                from: entry.status_from ? t(`serviceRequests.statuses.${entry.status_from}`) : '',
                to: t(`serviceRequests.statuses.${entry.status_to}`),
              })}
            </Text>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(entry.created_at, i18n.language)}
        </Text>
      </Group>
      {entry.body ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.body}
        </Text>
      ) : null}
    </Paper>
  );
}

function Timeline({ request, staff }: { request: ServiceRequest; staff: boolean }) {
  const { t } = useTranslation();
  const comments = useComments(request.id);
  const add = useAddComment(request.id);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  function send() {
    add.mutate(
      { body: body.trim(), internal: staff && internal },
      {
        onSuccess: () => {
          setBody('');
          notifySuccess(t('serviceRequests.detail.commentSent'));
        },
        onError: (error) => notifyFailure(problemMessage(error, t)),
      },
    );
  }
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        {t('serviceRequests.detail.timeline')}
      </Title>
      {comments.isPending ? <PageLoader /> : null}
      {comments.error ? <QueryError error={comments.error} onRetry={() => void comments.refetch()} /> : null}
      {comments.data && comments.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('serviceRequests.detail.timelineEmpty')}
        </Text>
      ) : null}
      <Stack gap="xs" data-testid="timeline">
        {(comments.data ?? []).map((entry) => (
          <TimelineEntry key={entry.id} entry={entry} />
        ))}
      </Stack>
      <Paper withBorder radius="sm" p="sm" bg={staff && internal ? 'yellow.0' : undefined}>
        <Stack gap="xs">
          <Textarea
            label={t('serviceRequests.detail.comment')}
            placeholder={t('serviceRequests.detail.commentPlaceholder')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            maxLength={5000}
            autosize
            minRows={2}
          />
          <Group justify="space-between" wrap="wrap" gap="xs">
            {staff ? (
              <Switch label={t('serviceRequests.detail.internalSwitch')} checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} color="yellow" />
            ) : (
              <span />
            )}
            <Button size="sm" onClick={send} loading={add.isPending} disabled={!body.trim()} color={staff && internal ? 'yellow' : undefined}>
              {staff && internal ? t('serviceRequests.detail.sendInternal') : t('serviceRequests.detail.sendComment')}
            </Button>
          </Group>
          {staff && internal ? (
            <Text size="xs" c="dimmed">
              {t('serviceRequests.detail.internalHint')}
            </Text>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}

export function RequestDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const staff = isRequestStaff(user);
  const query = useServiceRequest(id);
  if (query.isPending) return <PageLoader />;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const request = query.data;
  const when = (value: string | null) => (value ? formatDateTime(value, i18n.language) : '—');
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to={paths.serviceRequests} size="sm">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} />
          {t('serviceRequests.detail.back')}
        </Group>
      </Anchor>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" c="dimmed" data-testid="request-number">
                {request.number}
              </Text>
              <Title order={1} fz={{ base: 20, sm: 24 }} style={{ overflowWrap: 'anywhere' }}>
                {request.title}
              </Title>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <PriorityBadge priority={request.priority} />
              <RequestStatusBadge status={request.status} />
            </Group>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {request.description}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <Fact label={t('serviceRequests.fields.place')}>{request.house ? `${t('serviceRequests.fields.house')} ${request.house.house_number}` : t('serviceRequests.commonArea')}</Fact>
            <Fact label={t('serviceRequests.fields.category')}>{t(`serviceRequests.categories.${request.category}`)}</Fact>
            <Fact label={t('serviceRequests.fields.openedBy')}>{request.opened_by.full_name}</Fact>
            <Fact label={t('serviceRequests.fields.createdAt')}>{when(request.created_at)}</Fact>
            <Fact label={t('serviceRequests.fields.assignee')}>{request.assignee?.full_name ?? '—'}</Fact>
            <Fact label={t('serviceRequests.fields.firstResponseAt')}>{when(request.first_response_at)}</Fact>
            {request.resolved_at ? <Fact label={t('serviceRequests.fields.resolvedAt')}>{when(request.resolved_at)}</Fact> : null}
            {request.closed_at ? <Fact label={t('serviceRequests.fields.closedAt')}>{when(request.closed_at)}</Fact> : null}
            {request.reopen_count > 0 ? <Fact label={t('serviceRequests.fields.reopenCount')}>{request.reopen_count}</Fact> : null}
            {request.rating ? (
              <Fact label={t('serviceRequests.fields.rating')}>
                <span data-testid="request-rating">{t('serviceRequests.detail.rated', { rating: request.rating })}</span>
                {request.rating_comment ? ` — ${request.rating_comment}` : ''}
              </Fact>
            ) : null}
          </SimpleGrid>
          <Photos request={request} />
          {staff ? <Triage request={request} /> : null}
          <Actions request={request} staff={staff} />
        </Stack>
      </Paper>
      <Timeline request={request} staff={staff} />
    </Stack>
  );
}
