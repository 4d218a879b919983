import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { CollectionsReport } from '@/types/finance-control';

import { CollectionsReportView } from './collections-report';

const report: CollectionsReport = {
  items: [
    { period: '2026-10', billed_satang: 4600000, collected_satang: 4381500, credited_satang: 0, outstanding_satang: 218500, collection_rate: '0.9525' },
    { period: '2026-11', billed_satang: 4600000, collected_satang: 2300000, credited_satang: 50000, outstanding_satang: 2250000, collection_rate: '0.5' },
  ],
  totals: { billed_satang: 9200000, collected_satang: 6681500, credited_satang: 50000, outstanding_satang: 2468500, collection_rate: '0.7263' },
};

const seen: string[] = [];

mockApi(
  http.get('/api/v1/reports/collections', ({ request, response }) => {
    seen.push(new URL(request.url).search);
    return response(200).json(report);
  }),
  http.get('/api/v1/reports/invoice-register', ({ request, response }) => {
    seen.push(`invoice-register${new URL(request.url).search}`);
    return response.untyped(new Response('xlsx', { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }));
  }),
);

beforeEach(() => {
  seen.length = 0;
  URL.createObjectURL = () => 'blob:x';
  URL.revokeObjectURL = () => {};
});

describe('the collections report', () => {
  it('shows billed, collected and the rate month by month, with totals and a chart', async () => {
    renderWithProviders(<CollectionsReportView />, { path: '/finance/collections?from=2026-10&to=2026-11', route: '/finance/collections' });
    const rows = await screen.findAllByTestId('collections-row');
    expect(seen[0]).toBe('?from=2026-10&to=2026-11');
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByTestId('collection-rate')).toHaveTextContent('95.25%');
    expect(within(rows[1] as HTMLElement).getByTestId('collection-rate')).toHaveTextContent('50%');
    expect(screen.getByTestId('collections-total-row')).toHaveTextContent('92,000.00');
    expect(screen.getByTestId('collections-total-row')).toHaveTextContent('72.63%');
    expect(await screen.findByTestId('collections-chart')).toHaveAttribute('aria-label', expect.stringContaining('46,000.00 / 43,815.00 (95.25%)'));
  });

  it('downloads the report and a month’s invoice register', async () => {
    renderWithProviders(<CollectionsReportView />, { path: '/finance/collections?from=2026-10&to=2026-11', route: '/finance/collections' });
    await screen.findAllByTestId('collections-row');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('collections-xlsx'));
    await user.click(screen.getByTestId('invoice-register-xlsx'));
    await waitFor(() =>
      expect(seen.slice(1)).toEqual(['?from=2026-10&to=2026-11&format=xlsx', expect.stringMatching(/^invoice-register\?period=\d{4}-\d{2}&format=xlsx$/)]),
    );
  });

  it('asks for months in order instead of sending a backwards range', async () => {
    renderWithProviders(<CollectionsReportView />, { path: '/finance/collections?from=2026-11&to=2026-01', route: '/finance/collections' });
    expect(await screen.findByText('The last month cannot be before the first.')).toBeInTheDocument();
    expect(seen).toEqual([]);
  });
});
