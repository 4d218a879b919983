import { Badge, Group } from '@mantine/core';
import { IconPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { Announcement, AnnouncementStatus } from '../api/announcements';

const STATUS_COLORS: Record<AnnouncementStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  published: 'teal',
  archived: 'dark',
};

export function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="announcement-status">
      {t(`announcements.status.${status}`)}
    </Badge>
  );
}

/** Urgent, pinned and (for the reader) unread marks. */
export function AnnouncementMarks({ announcement, showUnread }: { announcement: Announcement; showUnread?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {announcement.priority === 'urgent' ? (
        <Badge color="red" variant="filled" data-testid="urgent-badge">
          {t('announcements.urgent')}
        </Badge>
      ) : null}
      {announcement.pinned ? (
        <Badge color="grape" variant="light" leftSection={<IconPin size={12} aria-hidden />}>
          {t('announcements.pinned')}
        </Badge>
      ) : null}
      {showUnread && !announcement.read ? (
        <Badge color="blue" variant="dot" data-testid="unread-badge">
          {t('announcements.unread')}
        </Badge>
      ) : null}
    </Group>
  );
}
