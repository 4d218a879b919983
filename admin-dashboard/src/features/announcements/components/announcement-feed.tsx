/** A resident's feed: pinned first, urgent highlighted, unread marked; opening one marks it read. */
import { Card, Pagination, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import { useAnnouncements } from '../api/announcements';
import type { Announcement } from '../api/announcements';
import { AnnouncementMarks } from './announcement-badges';

const PER_PAGE = 20;

function FeedCard({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const urgent = announcement.priority === 'urgent';
  return (
    <UnstyledButton component={Link} to={paths.announcement(announcement.id)} aria-label={announcement.title} data-testid="feed-item">
      <Card
        withBorder
        radius="md"
        p="md"
        style={{
          borderColor: urgent ? 'var(--mantine-color-red-6)' : undefined,
          borderLeftWidth: urgent || !announcement.read ? 4 : undefined,
          borderLeftColor: urgent ? 'var(--mantine-color-red-6)' : !announcement.read ? 'var(--mantine-color-blue-6)' : undefined,
          background: urgent ? 'var(--mantine-color-red-light)' : undefined,
        }}
      >
        <Stack gap={6}>
          <AnnouncementMarks announcement={announcement} showUnread />
          <Title order={3} fz="lg" fw={announcement.read ? 500 : 700} lh={1.35} style={{ overflowWrap: 'anywhere' }}>
            {announcement.title}
          </Title>
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('announcements.publishedOn', { date: formatDateTime(announcement.publish_at, i18n.language) })}
            </Text>
            {announcement.expires_at ? (
              <Text size="sm" c="dimmed">
                {t('announcements.expiresOn', { date: formatDateTime(announcement.expires_at, i18n.language) })}
              </Text>
            ) : null}
          </Stack>
        </Stack>
      </Card>
    </UnstyledButton>
  );
}

export function AnnouncementFeed() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const feed = useAnnouncements({ page, per_page: PER_PAGE });
  if (feed.isPending) return <PageLoader />;
  if (feed.isError) return <QueryError error={feed.error} onRetry={() => void feed.refetch()} />;
  if (feed.data.items.length === 0) return <EmptyState title={t('announcements.feedEmpty')} />;
  const pages = Math.ceil(feed.data.total / PER_PAGE);
  return (
    <Stack gap="sm" data-testid="announcement-feed">
      {feed.data.items.map((announcement) => (
        <FeedCard key={announcement.id} announcement={announcement} />
      ))}
      {pages > 1 ? <Pagination value={page} onChange={setPage} total={pages} mt="sm" /> : null}
    </Stack>
  );
}
