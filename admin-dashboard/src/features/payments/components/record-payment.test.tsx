import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { components } from '@/types/api.gen';

import { RecordPaymentForm } from './record-payment';

type Invoice = components['schemas']['InvoiceRead'];
type Payment = components['schemas']['PaymentRead'];

const house = {
  id: 3, house_number: '55/3', plot_number: null, title_deed_number: null, zone: 'C', land_area_sq_wah: 50, usable_area_sqm: null,
  plot_type: 'residential', occupancy: 'occupied', developer_owned: false, billable_from: null, notes: null, archived_at: null,
  created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z', balance_satang: -260000,
} satisfies components['schemas']['HouseRead'];

const invoice = (id: number, number: string, due: string, outstanding: number): Invoice => ({
  id, number, house: { id: 3, house_number: '55/3' }, bill_to_name: 'Somchai', issue_date: due.replace(/-\d\d$/, '-01'), due_date: due,
  lines: [], total_satang: outstanding, paid_satang: 0, credited_satang: 0, outstanding_satang: outstanding, status: 'issued', overdue: false,
  billing_run_id: 1, created_at: '2026-11-01T00:00:00Z', void_reason: null, voided_at: null,
});

// Newest first from the API: the form orders them oldest due first itself.
const open = [invoice(12, 'INV2569-000012', '2026-12-15', 160000), invoice(11, 'INV2569-000011', '2026-11-15', 100000)];

const payment = (status: Payment['status'], receipt: Payment['receipt']): Payment => ({
  id: 40, house: { id: 3, house_number: '55/3' }, amount_satang: 150000, method: 'cash', paid_on: '2026-11-30', posting_date: '2026-11-30',
  reference: null, note: null, payer_name: 'Somchai', status, recorded_by: { id: 1, full_name: 'Admin' }, confirmed_by: null, confirmed_at: null,
  reversed_by: null, reversed_at: null, reverse_reason: null, receipt, receipt_number: receipt?.number ?? null, allocations: [],
  allocated_satang: 0, credit_satang: 0, requested_allocations: null, created_at: '2026-11-30T03:00:00Z',
});

const bodies: unknown[] = [];
let answer: Payment = payment('pending', null);

mockApi(
  http.get('/api/v1/houses', ({ response }) => response(200).json({ items: [house], total: 1, page: 1, per_page: 50 })),
  http.get('/api/v1/invoices', ({ request, response }) => {
    expect(new URL(request.url).searchParams.get('house_id')).toBe('3');
    return response(200).json({ items: open, total: 2, page: 1, per_page: 100 });
  }),
  http.post('/api/v1/payments', async ({ request, response }) => {
    bodies.push(await request.json());
    return response(201).json(answer);
  }),
);

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('house-select'));
  await user.click(await screen.findByRole('option', { name: '55/3', hidden: true }));
  const rows = await screen.findAllByTestId('allocation-row');
  expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['INV2569-000011', 'INV2569-000012']);
  await user.type(screen.getByTestId('payment-amount'), '1,500');
  return rows;
}

describe('recording a payment at the office', () => {
  it('suggests the oldest due first, takes edited amounts, and says it waits for a second person', async () => {
    bodies.length = 0;
    answer = payment('pending', null);
    renderWithProviders(<RecordPaymentForm />, { auth: authValue(makeMe('village_admin')) });
    const user = userEvent.setup();
    await fillIn(user);
    const older = screen.getByLabelText('Amount for INV2569-000011');
    const newer = screen.getByLabelText('Amount for INV2569-000012');
    await waitFor(() => expect(older).toHaveValue('1000.00'));
    expect(newer).toHaveValue('500.00');
    expect(screen.getByTestId('allocated-total')).toHaveTextContent('1,500.00');

    // The payer asks to pay the December invoice first.
    await user.clear(older);
    await user.type(older, '0');
    await user.clear(newer);
    await user.type(newer, '1700');
    expect(await screen.findByText('More than it owes')).toBeInTheDocument();
    expect(screen.getByTestId('record-submit')).toBeDisabled();
    await user.clear(newer);
    await user.type(newer, '1500');
    await user.type(screen.getByLabelText('Reference'), 'cash box 3');
    await user.click(screen.getByTestId('record-submit'));

    expect(await screen.findByTestId('payment-pending')).toHaveTextContent('Someone else must confirm this payment');
    expect(bodies).toEqual([
      expect.objectContaining({ house_id: 3, amount_satang: 150000, method: 'cash', reference: 'cash box 3', allocations: [{ invoice_id: 12, amount_satang: 150000 }] }),
    ]);
  });

  it('shows the receipt number when no confirmation is needed, and lets the server allocate an untouched suggestion', async () => {
    bodies.length = 0;
    answer = payment('confirmed', { id: 9, number: 'RC2569-000045', void: false });
    renderWithProviders(<RecordPaymentForm />, { auth: authValue(makeMe('accounting_admin')) });
    const user = userEvent.setup();
    await fillIn(user);
    await user.click(screen.getByTestId('record-submit'));
    expect(await screen.findByTestId('receipt-number')).toHaveTextContent('RC2569-000045');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('allocations');
  });
});
