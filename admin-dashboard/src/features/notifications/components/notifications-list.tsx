import { Button, Group, Pagination, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState, PageLoader, QueryError } from '@/components/page-states';

import { useMarkAllRead, useNotifications } from '../api/notifications';
import { NotificationItem } from './notification-item';

const PER_PAGE = 20;

/** Every notification of the signed-in person, newest first, a page at a time. */
export function NotificationsList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const query = { page, per_page: PER_PAGE, unread_only: show === 'unread' };
  const list = useNotifications(query);
  const markAll = useMarkAllRead();
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PER_PAGE)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl
          value={show}
          onChange={(value) => {
            setShow(value === 'unread' ? 'unread' : 'all');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notifications.showAll') },
            { value: 'unread', label: t('notifications.showUnread') },
          ]}
        />
        <Button variant="light" onClick={() => markAll.mutate()} loading={markAll.isPending}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState title={t('notifications.empty')} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <Paper withBorder p="xs">
          <Stack gap={2}>
            {list.data.items.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </Stack>
        </Paper>
      ) : null}
      {pages > 1 ? <Pagination value={page} onChange={setPage} total={pages} /> : null}
    </Stack>
  );
}
