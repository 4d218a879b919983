import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api.gen';

import { BillingWizard } from './billing-wizard';

type Run = components['schemas']['BillingRunRead'];

const line = (amount: number, area: number) => ({
  fee_item_id: 1, fee_item_code: 'COMMON', month: '2026-12', description: 'ค่าส่วนกลาง ธ.ค. 2569', quantity: area, unit_satang: 2000, amount_satang: amount, source_invoice_id: null,
});
const house = (id: number, number: string, amount: number, area: number) => ({
  house_id: id, house_number: number, bill_to_name: `Owner ${number}`, bill_to_user_id: null, billed_to_developer: false, lines: [line(amount, area)], total_satang: amount,
});

const preview: Run = {
  id: 7, period: '2026-12', months: 1, house_ids: null, issue_date: '2026-11-30', due_date: '2026-12-15', status: 'preview',
  preview: [house(1, '1/1', 100000, 50), house(2, '1/2', 160000, 80), house(3, '1/3', 200000, 100)],
  skipped: [{ house_id: 4, house_number: '1/4', reason: 'not_yet_billable' }],
  skipped_count: 1, invoice_count: 0, total_satang: 460000, created_at: '2026-11-30T01:00:00Z', created_by_id: 1,
  posted_at: null, posted_by_id: null, discarded_at: null,
};

const requests: unknown[] = [];
const posted: number[] = [];

mockApi(
  http.get('/api/v1/houses', ({ response }) => response(200).json({ items: [], total: 0, page: 1, per_page: 50 })),
  http.post('/api/v1/billing-runs', async ({ request, response }) => {
    requests.push(await request.json());
    return response(201).json(preview);
  }),
  http.post('/api/v1/billing-runs/{billing_run_id}/post', ({ params, response }) => {
    posted.push(Number(params.billing_run_id));
    return response(200).json({ ...preview, status: 'posted', invoice_count: 3, posted_at: '2026-11-30T01:05:00Z', posted_by_id: 1 });
  }),
);

describe('the billing wizard', () => {
  it('previews a month (lines, totals, skipped houses), then posts it after a confirmation', async () => {
    renderWithProviders(<BillingWizard />, { auth: authValue(makeMe('accounting_admin')) });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('3 months'));
    await user.click(screen.getByLabelText('1 month'));
    await user.click(screen.getByTestId('make-preview'));

    const table = await screen.findByTestId('preview-table');
    expect(within(table).getAllByTestId('preview-row')).toHaveLength(3);
    expect(table).toHaveTextContent('1,600.00');
    expect(screen.getByTestId('preview-total')).toHaveTextContent('4,600.00');
    expect(screen.getByTestId('skipped')).toHaveTextContent('1/4: not billable yet in this month');
    expect(requests).toEqual([expect.objectContaining({ months: 1, house_ids: null, period: expect.stringMatching(/^\d{4}-\d{2}$/) })]);
    expect(posted).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Post 3 invoices' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('This numbers and issues 3 invoices');
    expect(dialog).toHaveTextContent('4,600.00');
    await user.click(within(dialog).getByRole('button', { name: 'Post' }));

    expect(await screen.findByTestId('run-posted')).toHaveTextContent('3 invoices issued, total 4,600.00 THB');
    await waitFor(() => expect(posted).toEqual([7]));
  });
});
