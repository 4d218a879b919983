import { Code, Group, Pagination, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { formatDateTime, formatNumber } from '@/lib/format';

import { AUDIT_ACTIONS, useAuditEvents } from '../api/get-audit-events';
import type { AuditQuery } from '../api/get-audit-events';

const PER_PAGE = 25;

/** A calendar day typed in the filter ("2026-11-28") as the start of that day in the user's zone. */
export function dayStartIso(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The exclusive end of a day: the start of the next one. */
export function dayEndIso(day: string): string | undefined {
  const start = dayStartIso(day);
  if (!start) return undefined;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const query: AuditQuery = { page: Math.max(1, Number(params.get('page')) || 1), per_page: PER_PAGE };
  const action = params.get('action');
  if (action) query.action = action;
  const actor = Number(params.get('actor_id'));
  if (Number.isInteger(actor) && actor > 0) query.actor_id = actor;
  const targetType = params.get('target_type');
  if (targetType) query.target_type = targetType;
  const targetId = params.get('target_id')?.trim();
  if (targetId) query.target_id = targetId;
  const since = dayStartIso(params.get('since') ?? '');
  if (since) query.since = since;
  const until = dayEndIso(params.get('until') ?? '');
  if (until) query.until = until;
  return query;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const text = Object.keys(details).length ? JSON.stringify(details) : '';
  if (!text) return <Text c="dimmed">—</Text>;
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 360 }} fz="xs">
      {text}
    </Code>
  );
}

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseAuditQuery(params), [params]);
  const events = useAuditEvents(query);
  const [actor, setActor] = useState(params.get('actor_id') ?? '');
  const [targetId, setTargetId] = useState(params.get('target_id') ?? '');
  const [debouncedActor] = useDebouncedValue(actor, 400);
  const [debouncedTarget] = useDebouncedValue(targetId, 400);

  const set = (changes: Record<string, string | null>, resetPage = true) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('actor_id') ?? '') !== debouncedActor.trim()) set({ actor_id: debouncedActor.trim() || null });
    if ((params.get('target_id') ?? '') !== debouncedTarget.trim()) set({ target_id: debouncedTarget.trim() || null });
    // only when typing settles
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedActor, debouncedTarget]);

  const totalPages = events.data ? Math.max(1, Math.ceil(events.data.total / PER_PAGE)) : 1;
  const lang = i18n.language;

  return (
    <Paper withBorder radius="md" p="md">
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('audit.action')}
          placeholder={t('audit.anyAction')}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`, { defaultValue: a }) }))}
          value={params.get('action')}
          onChange={(value) => set({ action: value })}
          clearable
          searchable
          w={{ base: '100%', xs: 220 }}
        />
        <TextInput
          label={t('audit.actorId')}
          inputMode="numeric"
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value.replace(/\D/g, ''))}
          w={{ base: '100%', xs: 120 }}
        />
        <Select
          label={t('audit.targetType')}
          placeholder={t('audit.anyTarget')}
          data={[
            { value: 'user', label: t('audit.targetUser') },
            { value: 'session', label: t('audit.targetSession') },
          ]}
          value={params.get('target_type')}
          onChange={(value) => set({ target_type: value })}
          clearable
          w={{ base: '100%', xs: 150 }}
        />
        <TextInput label={t('audit.targetId')} value={targetId} onChange={(e) => setTargetId(e.currentTarget.value)} w={{ base: '100%', xs: 140 }} />
        <TextInput
          label={t('audit.since')}
          type="date"
          value={params.get('since') ?? ''}
          onChange={(e) => set({ since: e.currentTarget.value || null })}
          w={{ base: '100%', xs: 160 }}
        />
        <TextInput
          label={t('audit.until')}
          type="date"
          value={params.get('until') ?? ''}
          onChange={(e) => set({ until: e.currentTarget.value || null })}
          w={{ base: '100%', xs: 160 }}
        />
      </Group>
      {events.isPending ? <PageLoader /> : null}
      {events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.data && events.data.items.length === 0 ? <EmptyState title={t('audit.empty')} /> : null}
      {events.data && events.data.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table striped verticalSpacing="xs" aria-label={t('audit.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.target')}</Table.Th>
                  <Table.Th>{t('audit.ip')}</Table.Th>
                  <Table.Th>{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurred_at, lang)}</Table.Td>
                    <Table.Td>{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</Table.Td>
                    <Table.Td>{event.actor_email ?? (event.actor_id ? `#${event.actor_id}` : '—')}</Table.Td>
                    <Table.Td>{event.target_type ? `${event.target_type} ${event.target_id ?? ''}` : '—'}</Table.Td>
                    <Table.Td>{event.ip_address ?? '—'}</Table.Td>
                    <Table.Td>
                      <Details details={event.details} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" mt="md" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('audit.total', { count: events.data.total, formatted: formatNumber(events.data.total, lang) })}
            </Text>
            <Pagination total={totalPages} value={query.page ?? 1} onChange={(page) => set({ page: String(page) }, false)} size="sm" />
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
