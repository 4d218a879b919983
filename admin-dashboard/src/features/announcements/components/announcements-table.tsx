/** The office's list: every announcement in every state, filtered by status, with read counts. */
import { Anchor, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import { useAnnouncements } from '../api/announcements';
import type { Announcement, AnnouncementStatus } from '../api/announcements';
import { AnnouncementMarks, AnnouncementStatusBadge } from './announcement-badges';

const STATUSES: AnnouncementStatus[] = ['draft', 'scheduled', 'published', 'archived'];
const PER_PAGE = 20;

export function AudienceSummary({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const { audience } = announcement;
  if (audience.kind === 'zones') return <>{t('announcements.audience.summaryZones', { zones: audience.zones.join(', ') })}</>;
  if (audience.kind === 'houses') return <>{t('announcements.audience.summaryHouses', { count: audience.house_ids.length })}</>;
  return <>{t(`announcements.audience.${audience.kind}`)}</>;
}

export function AnnouncementsTable() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<AnnouncementStatus | null>(null);
  const [page, setPage] = useState(1);
  const list = useAnnouncements({ page, per_page: PER_PAGE, status: status ?? undefined, sort: '-created_at' });
  return (
    <Stack>
      <Group>
        <Select
          label={t('announcements.filters.status')}
          placeholder={t('announcements.filters.any')}
          data={STATUSES.map((value) => ({ value, label: t(`announcements.status.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value as AnnouncementStatus | null);
            setPage(1);
          }}
          clearable
          w={220}
        />
      </Group>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState title={t('announcements.empty')}>{t('announcements.emptyHint')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover aria-label={t('announcements.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('announcements.columns.title')}</Table.Th>
                  <Table.Th>{t('announcements.columns.status')}</Table.Th>
                  <Table.Th>{t('announcements.columns.audience')}</Table.Th>
                  <Table.Th>{t('announcements.columns.publish_at')}</Table.Th>
                  <Table.Th>{t('announcements.columns.reads')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id} data-testid="announcement-row">
                    <Table.Td>
                      <Stack gap={4}>
                        <Anchor component={Link} to={paths.announcement(item.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {item.title}
                        </Anchor>
                        <AnnouncementMarks announcement={item} />
                      </Stack>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AnnouncementStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <AudienceSummary announcement={item} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.publish_at ? formatDateTime(item.publish_at, i18n.language) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {item.recipient_count === null ? '—' : t('announcements.readCount', { read: item.read_count ?? 0, recipients: item.recipient_count })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('announcements.total', { count: list.data.total })}
            </Text>
            {list.data.total > PER_PAGE ? <Pagination value={page} onChange={setPage} total={Math.ceil(list.data.total / PER_PAGE)} /> : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
