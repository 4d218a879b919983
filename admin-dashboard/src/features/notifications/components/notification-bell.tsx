import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';

import { useMarkAllRead, useNotifications, useUnreadCount } from '../api/notifications';
import { NotificationItem } from './notification-item';

const LATEST = { page: 1, per_page: 8 };

/** The header's bell: the unread count, and the latest notifications on a click. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const latest = useNotifications(LATEST, opened);
  const markAll = useMarkAllRead();
  const label = unread > 0 ? t('notifications.bellUnread', { n: unread }) : t('notifications.bell');

  return (
    <Popover opened={opened} onChange={(next) => (next ? undefined : close())} position="bottom-end" width={340} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : formatNumber(unread, i18n.language)}
          size={16}
          disabled={unread === 0}
          color="red"
          offset={4}
        >
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={label} data-testid="notification-bell">
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" maw="calc(100vw - 16px)">
        <Group justify="space-between" px="xs" pb={4}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          {unread > 0 ? (
            <Button size="compact-xs" variant="subtle" loading={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={2} py={4}>
            {latest.data?.items.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm" ta="center">
                {t('notifications.empty')}
              </Text>
            ) : null}
            {latest.isError ? (
              <Text size="sm" c="red" p="sm">
                {t('errors.loadFailed')}
              </Text>
            ) : null}
            {latest.data?.items.map((n) => <NotificationItem key={n.id} notification={n} onOpen={close} />)}
          </Stack>
        </ScrollArea.Autosize>
        <Divider />
        <Anchor component={Link} to={paths.notifications} size="sm" display="block" ta="center" pt={6} onClick={close}>
          {t('notifications.seeAll')}
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
