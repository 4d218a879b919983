import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { FinanceSummaryRead, OverviewRead } from '@/types/finance-control';

import { FinanceSummaryCard } from './finance-summary-card';
import { VillageOverview, waitingFor } from './village-overview';

const overview: OverviewRead = {
  today: '2026-11-30', billed_this_month_satang: 4600000, collected_this_month_satang: 2300000, outstanding_satang: 2468500,
  houses_past_suspension: 4, houses_past_land_office: 1, slips_waiting: 2, oldest_slip_waiting_since: new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString(),
  service_requests_open_by_age: { '0_2': 1, '3_7': 2, '8_30': 0, over_30: 1 }, credit_notes_pending: 3, payments_pending: 5,
};

const summary: FinanceSummaryRead = { period: '2026-10', billed_satang: 4600000, collected_satang: 4381500, collection_rate: '0.9525', houses_in_arrears: 3, houses: 30 };

mockApi(
  http.get('/api/v1/reports/overview', ({ response }) => response(200).json(overview)),
  http.get('/api/v1/me/finance-summary', ({ response }) => response(200).json(summary)),
);

describe('the village overview', () => {
  it('shows each figure as a card that opens its list with the filter applied', async () => {
    renderWithProviders(<VillageOverview />, { auth: authValue(makeMe('accounting_admin')) });
    const billed = await screen.findByTestId('card-billed');
    expect(billed).toHaveTextContent('46,000.00');
    expect(within(billed).getByRole('link', { name: 'Billed this month' })).toHaveAttribute('href', '/finance/invoices?period=2026-11');
    expect(within(screen.getByTestId('card-collected')).getByRole('link')).toHaveAttribute('href', '/finance/collections?from=2026-11&to=2026-11');
    expect(screen.getByTestId('card-outstanding')).toHaveTextContent('24,685.00');
    expect(within(screen.getByTestId('card-suspension')).getByRole('link')).toHaveAttribute('href', '/finance/arrears?eligible=suspension');
    expect(screen.getByTestId('card-suspension')).toHaveTextContent('4');
    expect(within(screen.getByTestId('card-land-office')).getByRole('link')).toHaveAttribute('href', '/finance/arrears?eligible=land_office');
    expect(screen.getByTestId('card-slips')).toHaveTextContent('The oldest has waited 3 days');
    const requests = screen.getByTestId('card-requests');
    expect(within(requests).getByTestId('overview-value')).toHaveTextContent('4');
    expect(within(requests).getByRole('link', { name: 'Over 30 days: 1' })).toHaveAttribute('href', '/service-requests?open=true&age=30');
    expect(within(screen.getByTestId('card-credit-notes')).getByRole('link')).toHaveAttribute('href', '/finance/credit-notes?status=pending_approval');
    expect(screen.getByTestId('card-payments')).toHaveTextContent('5');
  });

  it('counts waiting time in hours under a day', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(waitingFor('2026-11-30T07:30:00Z', now)).toEqual({ unit: 'hours', count: 4 });
    expect(waitingFor('2026-11-28T11:00:00Z', now)).toEqual({ unit: 'days', count: 2 });
  });
});

describe('the residents’ village summary', () => {
  it('shows aggregates only, for the month it names', async () => {
    renderWithProviders(<FinanceSummaryCard />, { auth: authValue(makeMe('resident')) });
    const card = await screen.findByTestId('finance-summary');
    expect(card).toHaveTextContent('October 2026');
    expect(card).toHaveTextContent('฿46,000.00');
    expect(within(card).getByTestId('summary-rate')).toHaveTextContent('95.25%');
    expect(card).toHaveTextContent('3 of 30');
  });
});
