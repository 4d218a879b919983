import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { CreditNoteRead } from '@/types/finance-control';

import { CreditNotesList } from './credit-notes-list';
import { NewCreditNoteButton } from './new-credit-note';

const note = (id: number, by: number, over: Partial<CreditNoteRead> = {}): CreditNoteRead => ({
  id, number: null, invoice: { id: 20 + id, number: `INV2569-00002${id}` }, house: { id: 3, house_number: '55/3' }, amount_satang: 50000,
  reason: 'Water meter misread', status: 'pending_approval', issue_date: null, created_by: { id: by, full_name: by === 1 ? 'Me' : 'Malee Office' },
  created_at: '2026-11-30T03:00:00Z', decided_by: null, decided_at: null, reject_reason: null, ...over,
});

const problem = (code: string, detail: string) => ({ type: 'urn:village:problem:conflict', title: 'Conflict', status: 409, detail, code });

const requests: string[] = [];
const bodies: unknown[] = [];
let approveAnswer: 'ok' | 'same_person' = 'ok';
let createAnswer: 'ok' | 'exceeds' = 'ok';

mockApi(
  http.get('/api/v1/credit-notes', ({ request, response }) => {
    requests.push(new URL(request.url).search);
    const items = [note(1, 1), note(2, 2), note(3, 2, { status: 'issued', number: 'CN2569-000001', issue_date: '2026-11-29' })];
    const status = new URL(request.url).searchParams.get('status');
    const shown = status ? items.filter((n) => n.status === status) : items;
    return response(200).json({ items: shown, total: shown.length, page: 1, per_page: 20 });
  }),
  http.post('/api/v1/credit-notes/{credit_note_id}/approve', ({ params, response }) =>
    approveAnswer === 'same_person'
      ? response(409).json(problem('same_person', 'You created this credit note.'))
      : response(200).json(note(Number(params.credit_note_id), 2, { status: 'issued', number: 'CN2569-000002' })),
  ),
  http.post('/api/v1/credit-notes', async ({ request, response }) => {
    bodies.push(await request.json());
    return createAnswer === 'exceeds' ? response(409).json(problem('exceeds_outstanding', 'Amount exceeds outstanding.')) : response(201).json(note(9, 1));
  }),
);

beforeEach(() => {
  requests.length = 0;
  bodies.length = 0;
  approveAnswer = 'ok';
  createAnswer = 'ok';
});

describe('credit notes', () => {
  it('hides approval from the note’s maker and offers it to someone else', async () => {
    renderWithProviders(<CreditNotesList />, { auth: authValue(makeMe('accounting_admin')), path: '/finance/credit-notes?status=pending_approval', route: '/finance/credit-notes' });
    const table = await screen.findByTestId('credit-notes-table');
    expect(requests[0]).toContain('status=pending_approval');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const mine = within(rows[0] as HTMLElement);
    expect(mine.getByTestId('awaits-other')).toHaveTextContent('Someone else must approve');
    expect(mine.queryByTestId('approve-credit-note')).toBeNull();
    expect(within(rows[1] as HTMLElement).getByTestId('approve-credit-note')).toBeInTheDocument();
  });

  it('explains a 409 same_person in words, not a code', async () => {
    approveAnswer = 'same_person';
    renderWithProviders(<CreditNotesList />, { auth: authValue(makeMe('accounting_admin')), path: '/finance/credit-notes?status=pending_approval', route: '/finance/credit-notes' });
    const table = await screen.findByTestId('credit-notes-table');
    const user = userEvent.setup();
    await user.click(within(table).getByTestId('approve-credit-note'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByTestId('credit-note-error')).toHaveTextContent('You raised this credit note, so someone else must approve or reject it.');
  });

  it('lists every status by default with the issued note’s number', async () => {
    renderWithProviders(<CreditNotesList />, { auth: authValue(makeMe('village_admin')), path: '/finance/credit-notes', route: '/finance/credit-notes' });
    expect(await screen.findByTestId('credit-note-number')).toHaveTextContent('CN2569-000001');
    expect(requests[0]).not.toContain('status=');
    // A village admin has no finance:approve.
    expect(screen.queryByTestId('approve-credit-note')).toBeNull();
  });

  it('raises a note from an invoice: at most what is outstanding, with a reason', async () => {
    const invoice = { id: 21, number: 'INV2569-000021', status: 'partially_paid' as const, outstanding_satang: 100000 };
    renderWithProviders(<NewCreditNoteButton invoice={invoice} />, { auth: authValue(makeMe('accounting_admin')) });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('new-credit-note'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('1,000.00');
    await user.type(within(dialog).getByTestId('credit-amount'), '1,500');
    expect(within(dialog).getByText('More than the invoice still owes.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('credit-submit')).toBeDisabled();
    await user.clear(within(dialog).getByTestId('credit-amount'));
    await user.type(within(dialog).getByTestId('credit-amount'), '250.50');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Meter misread in October');
    await user.click(within(dialog).getByTestId('credit-submit'));
    await waitFor(() => expect(bodies).toEqual([{ invoice_id: 21, amount_satang: 25050, reason: 'Meter misread in October' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the server’s exceeds_outstanding (a payment came in meanwhile)', async () => {
    createAnswer = 'exceeds';
    const invoice = { id: 21, number: 'INV2569-000021', status: 'issued' as const, outstanding_satang: 100000 };
    renderWithProviders(<NewCreditNoteButton invoice={invoice} />, { auth: authValue(makeMe('accounting_admin')) });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('new-credit-note'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('credit-amount'), '1000');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Goodwill');
    await user.click(within(dialog).getByTestId('credit-submit'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('More than the invoice still owes.');
  });

  it('offers no credit note to the village admin, nor on a paid invoice', () => {
    const { unmount } = renderWithProviders(<NewCreditNoteButton invoice={{ id: 1, number: 'X', status: 'issued', outstanding_satang: 100 }} />, { auth: authValue(makeMe('village_admin')) });
    expect(screen.queryByTestId('new-credit-note')).toBeNull();
    unmount();
    renderWithProviders(<NewCreditNoteButton invoice={{ id: 1, number: 'X', status: 'paid', outstanding_satang: 0 }} />, { auth: authValue(makeMe('accounting_admin')) });
    expect(screen.queryByTestId('new-credit-note')).toBeNull();
  });
});
