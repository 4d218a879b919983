/** One audit event, as a table row on wide screens and as a card on phones. */
import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';

import type { AuditEvent } from '../api/get-audit-events';
import { actorLabel, describeDetails, targetLabel } from '../utils/describe-event';

// Headers and short labels stay on one line: Thai has no spaces, and a narrow
// column would otherwise split its words.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const name = actorLabel(event, t);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      {event.actor_email && event.actor_email !== name ? (
        <Text size="xs" c="dimmed">
          {event.actor_email}
        </Text>
      ) : null}
    </Stack>
  );
}

function Details({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const lines = describeDetails(event, t, i18n.language);
  if (lines.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2} data-testid="audit-details">
      {lines.map((line, index) => (
        <Text key={index} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

export function AuditTableHead() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th style={NO_WRAP}>{t('audit.when')}</Table.Th>
        <Table.Th style={NO_WRAP}>{t('audit.action')}</Table.Th>
        <Table.Th style={NO_WRAP}>{t('audit.actor')}</Table.Th>
        <Table.Th style={NO_WRAP}>{t('audit.target')}</Table.Th>
        <Table.Th style={NO_WRAP}>{t('audit.details')}</Table.Th>
        <Table.Th style={NO_WRAP}>{t('audit.ip')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function AuditRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr data-testid="audit-event" data-action={event.action}>
      <Table.Td style={NO_WRAP}>{formatDateTime(event.occurred_at, i18n.language)}</Table.Td>
      <Table.Td style={NO_WRAP} fw={500}>
        {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
      </Table.Td>
      <Table.Td>
        <Actor event={event} />
      </Table.Td>
      <Table.Td>{targetLabel(event, t) ?? '—'}</Table.Td>
      <Table.Td miw={260}>
        <Details event={event} />
      </Table.Td>
      <Table.Td style={NO_WRAP} title={event.user_agent ?? undefined}>
        {event.ip_address ?? '—'}
      </Table.Td>
    </Table.Tr>
  );
}

export function AuditCard({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const target = targetLabel(event, t);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="audit-event" data-action={event.action} component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} size="sm">
            {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(event.occurred_at, i18n.language)}
          </Text>
        </Group>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Text size="xs" c="dimmed" w={70} style={{ flexShrink: 0 }}>
            {t('audit.actor')}
          </Text>
          <Actor event={event} />
        </Group>
        {target ? (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text size="xs" c="dimmed" w={70} style={{ flexShrink: 0 }}>
              {t('audit.target')}
            </Text>
            <Text size="sm">{target}</Text>
          </Group>
        ) : null}
        <Details event={event} />
        {event.ip_address ? (
          <Text size="xs" c="dimmed">
            {t('audit.ip')} {event.ip_address}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
