import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api.gen';

import { DataRequestsQueue } from './data-requests-queue';

type Request = components['schemas']['DataRequestRead'];

const late: Request = {
  id: 7,
  type: 'access',
  details: 'ขอสำเนาข้อมูล',
  status: 'pending',
  created_at: '2026-10-01T03:00:00Z',
  due_on: '2026-10-31',
  overdue: true,
  decided_at: null,
  decision_note: null,
  user: { id: 5, full_name: 'Nok Resident' },
  decided_by: null,
};
const decisions: { id: number; note: string }[] = [];

mockApi(
  http.get('/api/v1/data-requests', ({ response }) => response(200).json({ items: [late], total: 1, page: 1, per_page: 20 })),
  http.post('/api/v1/data-requests/{data_request_id}/reject', async ({ params, request, response }) => {
    const body = await request.json();
    decisions.push({ id: Number(params.data_request_id), note: body.note });
    return response(200).json({ ...late, status: 'rejected', overdue: false, decision_note: body.note });
  }),
);

describe('the data-request queue', () => {
  it('flags an overdue request and refuses it with a reason', async () => {
    renderWithProviders(<DataRequestsQueue />, { auth: authValue(makeMe('village_admin')) });
    const card = await screen.findByTestId('data-request-card');
    expect(card).toHaveTextContent('A copy of my data');
    expect(card).toHaveTextContent('Overdue');
    expect(card).toHaveTextContent('Nok Resident');
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Refuse' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Refuse' }));
    expect(within(dialog).getByText('This field is required.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not our data');
    await user.click(within(dialog).getByRole('button', { name: 'Refuse' }));
    await waitFor(() => expect(decisions).toEqual([{ id: 7, note: 'Not our data' }]));
  });
});
