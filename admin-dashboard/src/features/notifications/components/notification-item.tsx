import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { formatDateTime } from '@/lib/format';

import { type Notification, useMarkRead } from '../api/notifications';
import { notificationDetail, notificationText } from './notification-text';

/** One notification: opening it marks it read and goes where it points. */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen?: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = notification.read_at === null;
  const detail = notificationDetail(notification);

  const open = () => {
    if (unread) markRead.mutate(notification.id);
    onOpen?.();
    if (notification.link) void navigate(notification.link);
  };

  return (
    <UnstyledButton
      onClick={open}
      w="100%"
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      bg={unread ? 'var(--mantine-color-blue-light)' : undefined}
      aria-label={unread ? `${t('notifications.unread')}: ${notificationText(notification, t, i18n.language)}` : undefined}
      data-testid="notification"
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box
          mt={7}
          w={8}
          h={8}
          style={{ flex: 'none', borderRadius: '50%' }}
          bg={unread ? 'blue' : 'transparent'}
          aria-hidden
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
            {notificationText(notification, t, i18n.language)}
          </Text>
          {detail ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {detail}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.created_at, i18n.language)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
