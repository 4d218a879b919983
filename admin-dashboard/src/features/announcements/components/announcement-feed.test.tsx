import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import type { Announcement } from '../api/announcements';
import { AnnouncementFeed } from './announcement-feed';
import { AnnouncementView } from './announcement-view';

const me = makeMe('resident', { id: 9 });

function announcement(fields: Partial<Announcement>): Announcement {
  return {
    id: 1, title: 'Notice', body: 'Hi', body_html: '<p>Hi</p>\n', audience: { kind: 'all', zones: [], house_ids: [] },
    priority: 'normal', pinned: false, publish_at: '2026-11-29T03:00:00Z', expires_at: null, archived_at: null,
    status: 'published', author: null, attachments: [], created_at: '2026-11-29T03:00:00Z', updated_at: '2026-11-29T03:00:00Z',
    read: false, read_count: null, recipient_count: null, ...fields,
  };
}

const reads: number[] = [];
const server = mockApi(
  http.post('/api/v1/announcements/{announcement_id}/read', ({ params, response }) => {
    reads.push(Number(params.announcement_id));
    return response(204).empty();
  }),
);

describe('the resident feed', () => {
  it('shows what the API sends, urgent highlighted and unread marked', async () => {
    server.use(
      http.get('/api/v1/announcements', ({ response }) =>
        response(200).json({
          items: [
            announcement({ id: 2, title: 'Pinned rules', pinned: true, read: true }),
            announcement({ id: 3, title: 'Water cut', priority: 'urgent', expires_at: '2026-12-01T11:00:00Z' }),
          ],
          total: 2, page: 1, per_page: 20,
        }),
      ),
    );
    renderWithProviders(<AnnouncementFeed />, { auth: authValue(me) });
    const items = await screen.findAllByTestId('feed-item');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Pinned rules', 'Water cut']);
    const [pinned, urgent] = items as [HTMLElement, HTMLElement];
    expect(within(pinned).queryByTestId('unread-badge')).toBeNull();
    expect(within(pinned).getByText('Pinned')).toBeInTheDocument();
    expect(within(urgent).getByTestId('urgent-badge')).toHaveTextContent('Urgent');
    expect(within(urgent).getByTestId('unread-badge')).toHaveTextContent('New');
  });

  it('says so when nothing is addressed to the resident', async () => {
    server.use(http.get('/api/v1/announcements', ({ response }) => response(200).json({ items: [], total: 0, page: 1, per_page: 20 })));
    renderWithProviders(<AnnouncementFeed />, { auth: authValue(me) });
    expect(await screen.findByText('No announcements for you right now.')).toBeInTheDocument();
  });

  it("opening one marks it read and shows the server's HTML, nothing else", async () => {
    reads.length = 0;
    renderWithProviders(<AnnouncementView announcement={announcement({ id: 7, body_html: '<p><strong>water</strong> off</p>' })} />, { auth: authValue(me) });
    expect(screen.getByTestId('announcement-body').querySelector('strong')).toHaveTextContent('water');
    await expect.poll(() => reads).toEqual([7]);
  });
});
