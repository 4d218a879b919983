import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { makeHome, makeInvoice } from '../testing/fixtures';
import { BillsList } from './bills-list';

const me = makeMe('resident', { id: 9 });
const overdue = makeInvoice({ id: 1, number: 'INV2569-000001', due_date: '2026-11-15', issue_date: '2026-11-01', overdue: true, lines: [{ ...makeInvoice().lines[0]!, month: '2026-11' }] });
const current = makeInvoice({ id: 2, number: 'INV2569-000050', status: 'partially_paid', paid_satang: 60000, outstanding_satang: 100050 });
const paid = makeInvoice({ id: 3, number: 'INV2569-000020', issue_date: '2026-10-01', due_date: '2026-10-15', status: 'paid', paid_satang: 160000, outstanding_satang: 0, lines: [{ ...makeInvoice().lines[0]!, month: '2026-10' }] });

const server = mockApi(
  http.get('/api/v1/me/houses', ({ response }) => response(200).json([makeHome({ balance_satang: 260050 })])),
  http.get('/api/v1/me/invoices', ({ response }) => response(200).json({ items: [current, paid, overdue], total: 3, page: 1, per_page: 100 })),
);

describe('My bills', () => {
  it('shows what is owed at the top, the overdue bill first and highlighted, then the paid ones', async () => {
    renderWithProviders(<BillsList />, { auth: authValue(me) });
    expect(await screen.findByTestId('bills-outstanding')).toHaveTextContent('฿2,600.50');
    expect(screen.getByTestId('bills-overdue')).toHaveTextContent('1 bill is overdue (฿1,600.00)');
    const cards = screen.getAllByTestId('bill-card');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual(['Bill INV2569-000001', 'Bill INV2569-000050', 'Bill INV2569-000020']);
    expect(within(cards[0]!).getByTestId('invoice-overdue')).toHaveTextContent('Overdue');
    expect(cards[0]).toHaveTextContent('November 2026');
    expect(within(cards[1]!).getByTestId('bill-amount')).toHaveTextContent('฿1,000.50');
    expect(within(cards[2]!).getByTestId('invoice-status')).toHaveTextContent('Paid');
    expect(screen.getByTestId('i-paid')).toHaveAttribute('href', '/my-bills/pay');
  });

  it('says so when nothing is owed, and shows a credit', async () => {
    server.use(
      http.get('/api/v1/me/houses', ({ response }) => response(200).json([makeHome({ balance_satang: -50000 })])),
      http.get('/api/v1/me/invoices', ({ response }) => response(200).json({ items: [paid], total: 1, page: 1, per_page: 100 })),
    );
    renderWithProviders(<BillsList />, { auth: authValue(me) });
    expect(await screen.findByTestId('bills-outstanding')).toHaveTextContent('฿0.00');
    expect(screen.getByText('Nothing to pay. Thank you!')).toBeInTheDocument();
    expect(await screen.findByTestId('bills-credit')).toHaveTextContent('Credit ฿500.00');
    expect(screen.queryByTestId('i-paid')).not.toBeInTheDocument();
  });
});
