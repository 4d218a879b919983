/**
 * One announcement: for a reader, opening it marks it read; for staff, its state,
 * read counts, attachments (upload before publication) and actions.
 */
import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconDownload, IconPaperclip, IconPencil, IconSend, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useAuthorization } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { notifyFailure, notifySuccess } from '@/lib/notify';
import { problemMessage } from '@/lib/problem-message';

import {
  openAttachment,
  useArchiveAnnouncement,
  useMarkRead,
  usePublishAnnouncement,
  useRemoveAttachment,
  useUploadAttachment,
} from '../api/announcements';
import type { Announcement } from '../api/announcements';
import { canAttach, canEdit, canPublish } from '../policies';
import { AnnouncementMarks, AnnouncementStatusBadge } from './announcement-badges';
import { AnnouncementBody } from './announcement-body';
import { AudienceSummary } from './announcements-table';

function Attachments({ announcement, staff }: { announcement: Announcement; staff: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(announcement.id);
  const remove = useRemoveAttachment(announcement.id);
  const attachable = staff && canAttach(announcement);
  if (announcement.attachments.length === 0 && !attachable) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('announcements.attachments')}</Text>
      {announcement.attachments.map((file) => (
        <Group key={file.id} gap="xs" wrap="nowrap" data-testid="attachment">
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => void openAttachment(announcement.id, file).catch((error: unknown) => notifyFailure(problemMessage(error, t)))}
            style={{ minWidth: 0 }}
          >
            <Text span size="sm" truncate>
              {file.filename}
            </Text>
          </Button>
          {attachable ? (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('announcements.removeAttachment', { name: file.filename })}
              onClick={() => remove.mutate(file.id, { onError: (error) => notifyFailure(problemMessage(error, t)) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      {attachable ? (
        <Group gap="xs">
          <FileButton
            accept="application/pdf,image/jpeg,image/png,image/webp"
            onChange={(file) => {
              if (!file) return;
              upload.mutate(file, {
                onSuccess: (stored) => notifySuccess(t('announcements.attached', { name: stored.filename })),
                onError: (error) => notifyFailure(problemMessage(error, t)),
              });
            }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPaperclip size={16} aria-hidden />} loading={upload.isPending}>
                {t('announcements.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('announcements.attachmentsHint')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

function StaffActions({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation();
  const publish = usePublishAnnouncement();
  const archive = useArchiveAnnouncement();
  if (!canEdit(announcement)) return null;
  return (
    <Group gap="xs">
      <Button component={Link} to={paths.editAnnouncement(announcement.id)} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
        {t('announcements.edit')}
      </Button>
      {canPublish(announcement) ? (
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          loading={publish.isPending}
          onClick={() =>
            publish.mutate(announcement.id, {
              onSuccess: () => notifySuccess(t('announcements.published')),
              onError: (error) => notifyFailure(problemMessage(error, t)),
            })
          }
        >
          {t('announcements.publishNow')}
        </Button>
      ) : null}
      <Button
        variant="light"
        color="red"
        leftSection={<IconArchive size={16} aria-hidden />}
        onClick={() =>
          modals.openConfirmModal({
            title: t('announcements.archive'),
            children: <Text size="sm">{t('announcements.archiveConfirm')}</Text>,
            labels: { confirm: t('announcements.archive'), cancel: t('announcements.cancel') },
            confirmProps: { color: 'red' },
            onConfirm: () =>
              archive.mutate(announcement.id, {
                onSuccess: () => notifySuccess(t('announcements.archived')),
                onError: (error) => notifyFailure(problemMessage(error, t)),
              }),
          })
        }
      >
        {t('announcements.archive')}
      </Button>
    </Group>
  );
}

export function AnnouncementView({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const { can } = useAuthorization();
  const staff = can('announcements:write');
  const markRead = useMarkRead();
  const marked = useRef(false);
  useEffect(() => {
    if (!staff && !announcement.read && !marked.current) {
      marked.current = true;
      markRead.mutate(announcement.id);
    }
  }, [staff, announcement.id, announcement.read, markRead]);

  const urgent = announcement.priority === 'urgent';
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} style={urgent ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}>
      <Stack gap="md">
        <Group gap="xs" wrap="wrap">
          {staff ? <AnnouncementStatusBadge status={announcement.status} /> : null}
          <AnnouncementMarks announcement={announcement} />
        </Group>
        <Title order={2} style={{ overflowWrap: 'anywhere' }} data-testid="announcement-title">
          {announcement.title}
        </Title>
        <Stack gap={2}>
          {announcement.publish_at ? (
            <Text size="sm" c="dimmed">
              {t(announcement.status === 'scheduled' ? 'announcements.scheduledFor' : 'announcements.publishedOn', {
                date: formatDateTime(announcement.publish_at, i18n.language),
              })}
            </Text>
          ) : null}
          {announcement.expires_at ? (
            <Text size="sm" c="dimmed">
              {t('announcements.expiresOn', { date: formatDateTime(announcement.expires_at, i18n.language) })}
            </Text>
          ) : null}
          {staff && announcement.author ? (
            <Text size="sm" c="dimmed">
              {t('announcements.by', { name: announcement.author.full_name })}
            </Text>
          ) : null}
          {staff ? (
            <Text size="sm" c="dimmed">
              {t('announcements.audience.label')}: <AudienceSummary announcement={announcement} />
              {announcement.recipient_count !== null
                ? ` · ${t('announcements.readCount', { read: announcement.read_count ?? 0, recipients: announcement.recipient_count })}`
                : ''}
            </Text>
          ) : null}
        </Stack>
        <AnnouncementBody html={announcement.body_html} />
        <Attachments announcement={announcement} staff={staff} />
        {staff ? <StaffActions announcement={announcement} /> : null}
      </Stack>
    </Paper>
  );
}
