import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { ArrearsReport, ArrearsRow } from '@/types/finance-control';

import { ArrearsReportView } from './arrears-report';

const buckets = (over: Partial<ArrearsRow['buckets']> = {}) => ({ current: 0, '1_30': 0, '31_60': 0, '61_90': 0, '91_180': 0, over_180: 0, ...over });

const row = (id: number, house: string, outstanding: number, months: number, flags: Partial<ArrearsRow> = {}): ArrearsRow => ({
  house_id: id, house_number: house, zone: 'A', owner_name: `Owner ${house}`, outstanding_satang: outstanding, credit_satang: 0,
  balance_satang: outstanding, buckets: buckets({ '91_180': outstanding }), months_in_arrears: months, unpaid_months: ['2026-06', '2026-07'],
  oldest_due_date: '2026-06-15', suspension_eligible: false, land_office_eligible: false, prescription_risk: false, ...flags,
});

const report: ArrearsReport = {
  as_of: '2026-11-30',
  thresholds: { suspension_months: 3, land_office_months: 6 },
  items: [
    row(1, '10/1', 960000, 7, { suspension_eligible: true, land_office_eligible: true }),
    row(2, '10/2', 320000, 3, { suspension_eligible: true }),
    row(3, '10/3', 0, 0, { credit_satang: 50000, balance_satang: -50000, buckets: buckets() }),
    row(4, '10/4', 160000, 0, { buckets: buckets({ current: 160000 }) }),
  ],
  totals: {
    outstanding_satang: 1280000, credit_satang: 50000, balance_satang: 1230000, buckets: buckets({ '91_180': 1280000 }),
    houses: 3, suspension_eligible: 2, land_office_eligible: 1, prescription_risk: 0,
  },
  by_bucket: [
    { bucket: 'current', houses: 0, satang: 0 },
    { bucket: '91_180', houses: 2, satang: 1280000 },
  ],
};

const seen: URL[] = [];
let lettersMatch = false;
const downloads: string[] = [];

mockApi(
  http.get('/api/v1/houses/zones', ({ response }) => response(200).json(['A', 'B'])),
  http.get('/api/v1/reports/arrears', ({ request, response }) => {
    const url = new URL(request.url);
    seen.push(url);
    if (url.searchParams.get('format')) {
      downloads.push(url.search);
      return response.untyped(new Response('house,outstanding\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="arrears.csv"' } }));
    }
    return response(200).json(report);
  }),
  http.get('/api/v1/houses/{house_id}/dunning-letter', ({ params, response }) => {
    downloads.push(`letter ${params.house_id}`);
    return response.untyped(new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }));
  }),
  http.get('/api/v1/reports/dunning-letters', ({ request, response }) => {
    const url = new URL(request.url);
    if (!lettersMatch) {
      return response.untyped(Response.json({ type: 'urn:village:problem:conflict', title: 'Conflict', status: 409, detail: 'No house matches.', code: 'no_arrears' }, { status: 409 }));
    }
    downloads.push(`letters ${url.search}`);
    return response.untyped(new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf', 'X-Total-Count': '60', 'X-Page-Count': '2' } }));
  }),
);

beforeEach(() => {
  seen.length = 0;
  downloads.length = 0;
  lettersMatch = false;
  URL.createObjectURL = () => 'blob:x';
  URL.revokeObjectURL = () => {};
});

describe('the arrears report', () => {
  it('lists the houses with their flags, totals and a letter for those overdue', async () => {
    renderWithProviders(<ArrearsReportView />, { path: '/finance/arrears?eligible=suspension&zone=A', route: '/finance/arrears' });
    const rows = await screen.findAllByTestId('arrears-row');
    expect(rows).toHaveLength(4);
    expect(seen[0]?.searchParams.get('eligible')).toBe('suspension');
    expect(seen[0]?.searchParams.get('zone')).toBe('A');
    const first = within(rows[0] as HTMLElement);
    expect(first.getByText('9,600.00')).toBeInTheDocument();
    expect(first.getByText('7')).toBeInTheDocument();
    expect(first.getByText('Land office')).toBeInTheDocument();
    expect(first.getByText('Suspension')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('In credit')).toBeInTheDocument();
    // No letter for a house that owes nothing, nor for one whose bill is not yet due.
    expect(within(rows[2] as HTMLElement).queryByRole('button', { name: /Dunning letter/ })).toBeNull();
    expect(within(rows[3] as HTMLElement).queryByRole('button', { name: /Dunning letter/ })).toBeNull();
    expect(screen.getByTestId('total-outstanding')).toHaveTextContent('12,800.00');
    expect(screen.getByTestId('arrears-total-row')).toHaveTextContent('12,800.00');
    expect(screen.getByText('Past suspension (3 months)')).toBeInTheDocument();
    expect(await screen.findByTestId('arrears-chart')).toHaveAttribute('aria-label', expect.stringContaining('91–180 days: 12,800.00 (2)'));

    const user = userEvent.setup();
    await user.click(first.getByRole('button', { name: 'Dunning letter for house 10/1' }));
    await waitFor(() => expect(downloads).toContain('letter 1'));
  });

  it('downloads the filtered report as CSV and says when no house needs a letter', async () => {
    renderWithProviders(<ArrearsReportView />, { path: '/finance/arrears?bucket=91_180&as_of=2026-10-31', route: '/finance/arrears' });
    await screen.findAllByTestId('arrears-row');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('arrears-csv'));
    await waitFor(() => expect(downloads).toEqual(['?as_of=2026-10-31&bucket=91_180&format=csv']));
    await user.click(screen.getByTestId('bulk-letters'));
    expect(await screen.findByText('No house in this filter has anything overdue: no letters to make.')).toBeInTheDocument();
  });

  it('downloads the letters for the filter 50 to a PDF, every page of them', async () => {
    lettersMatch = true;
    renderWithProviders(<ArrearsReportView />, { path: '/finance/arrears?eligible=land_office&as_of=2026-10-31', route: '/finance/arrears' });
    await screen.findAllByTestId('arrears-row');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('bulk-letters'));
    await waitFor(() =>
      expect(downloads).toEqual(['letters ?eligible=land_office&page=1&per_page=50', 'letters ?eligible=land_office&page=2&per_page=50']),
    );
  });
});
