import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api.gen';

import { RequestsQueue } from './requests-queue';

type Request = components['schemas']['MembershipRequestRead'];

const pending: Request = {
  id: 11,
  user: { id: 5, full_name: 'Somsak Typo', phone: '+66816660002', email: null, has_password: true },
  house_number: '55/99',
  relation: 'tenant',
  status: 'pending',
  created_at: '2026-11-28T03:00:00Z',
  decided_at: null,
  house_id: null,
  decision_note: null,
};

const house = {
  id: 3, house_number: '55/3', plot_number: null, title_deed_number: null, zone: 'C', land_area_sq_wah: 48.5, usable_area_sqm: null,
  plot_type: 'commercial', occupancy: 'occupied', developer_owned: false, billable_from: null, notes: null, archived_at: null,
  created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z', balance_satang: 0,
} satisfies components['schemas']['HouseRead'];

const approvals: (number | null | undefined)[] = [];

const server = mockApi(
  http.get('/api/v1/membership-requests', ({ response }) => response(200).json({ items: [pending], total: 1, page: 1, per_page: 20 })),
  http.get('/api/v1/houses', ({ response }) => response(200).json({ items: [house], total: 1, page: 1, per_page: 20 })),
  http.post('/api/v1/membership-requests/{request_id}/approve', async ({ request, response }) => {
    const body = await request.json();
    approvals.push(body?.house_id);
    // No house has the number the person gave: 404, until the office names one.
    if (!body?.house_id) {
      return response(404).json({ type: 'urn:village:problem:not-found', title: 'Not found', status: 404, detail: 'There is no house 55/99.' });
    }
    return response(200).json({ ...pending, status: 'approved', house_id: body.house_id, decided_at: '2026-11-29T03:00:00Z' });
  }),
);

describe('the join-request queue', () => {
  it('lists what the person asked for', async () => {
    renderWithProviders(<RequestsQueue />, { auth: authValue(makeMe('village_admin')) });
    const card = await screen.findByTestId('request-card');
    expect(card).toHaveTextContent('Somsak Typo');
    expect(card).toHaveTextContent('081-666-0002');
    expect(card).toHaveTextContent('55/99');
    expect(card).toHaveTextContent('Tenant');
  });

  it('asks for the right house when the number given matches none, then approves into it', async () => {
    approvals.length = 0;
    renderWithProviders(<RequestsQueue />, { auth: authValue(makeMe('village_admin')) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('No house has the number Somsak Typo gave');
    await user.click(within(dialog).getByLabelText('House'));
    await user.click(await screen.findByRole('option', { name: '55/3', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Approve into this house' }));
    await waitFor(() => expect(approvals).toEqual([undefined, 3]));
    expect(server.listHandlers().length).toBeGreaterThan(0);
  });
});
