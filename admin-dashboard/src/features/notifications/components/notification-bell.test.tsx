import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { http, mockApi } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';

import type { Notification } from '../api/notifications';
import { NotificationBell } from './notification-bell';

const resolved: Notification = {
  id: 2,
  event: 'service_request_status_changed',
  params: { number: 'SR2569-000004', title: 'ไฟถนนดับ', status: 'resolved', reason: 'เปลี่ยนหลอดแล้ว' },
  link: '/service-requests/4',
  created_at: '2026-11-30T03:00:00Z',
  read_at: null,
};
const urgent: Notification = {
  id: 1,
  event: 'announcement_published',
  params: { title: 'Water off on Sunday', priority: 'urgent' },
  link: '/announcements/1',
  created_at: '2026-11-29T03:00:00Z',
  read_at: '2026-11-29T04:00:00Z',
};

let unread = 1;
const server = mockApi(
  http.get('/api/v1/me/notifications/unread-count', ({ response }) => response(200).json({ unread })),
  http.get('/api/v1/me/notifications', ({ response }) =>
    response(200).json({ items: [resolved, urgent], total: 2, page: 1, per_page: 8 }),
  ),
);

describe('The notification bell', () => {
  it('shows the unread count and words each event in the reader’s language', async () => {
    unread = 1;
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await userEvent.click(bell);
    const items = await screen.findAllByTestId('notification');
    expect(items[0]).toHaveTextContent('Your request SR2569-000004 is now resolved');
    expect(items[0]).toHaveTextContent('เปลี่ยนหลอดแล้ว');
    expect(items[1]).toHaveTextContent('Urgent announcement: Water off on Sunday');

    await i18n.changeLanguage('th');
    try {
      await waitFor(() => expect(screen.getAllByTestId('notification')[0]).toHaveTextContent('เรื่อง SR2569-000004 ของคุณ สถานะ: แก้ไขเสร็จแล้ว'));
      expect(screen.getAllByTestId('notification')[1]).toHaveTextContent('ประกาศด่วน: Water off on Sunday');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('marks everything read and the badge goes away', async () => {
    unread = 3;
    let marked = false;
    server.use(
      http.post('/api/v1/me/notifications/read-all', ({ response }) => {
        marked = true;
        unread = 0;
        return response(200).json({ unread: 0 });
      }),
    );
    renderWithProviders(<NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 3 unread' }));
    // by text: the dropdown may still be fading in, which hides it from role queries
    await userEvent.click(await screen.findByText('Mark all read'));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(marked).toBe(true);
  });

  it('reads an event it does not know yet without breaking', async () => {
    unread = 1;
    server.use(
      http.get('/api/v1/me/notifications', ({ response }) =>
        response(200).json({
          items: [{ ...resolved, event: 'meter_read' as Notification['event'] }],
          total: 1,
          page: 1,
          per_page: 8,
        }),
      ),
    );
    renderWithProviders(<NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    expect(await screen.findByTestId('notification')).toHaveTextContent('A notification');
  });
});
