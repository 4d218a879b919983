import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { makeHome, makeInvoice, makeSlip } from '../testing/fixtures';
import { SlipForm } from './slip-form';

const me = makeMe('resident', { id: 9 });
const december = makeInvoice({ id: 1, outstanding_satang: 160000 });
const january = makeInvoice({ id: 2, number: 'INV2569-000077', outstanding_satang: 155050, lines: [{ ...makeInvoice().lines[0]!, month: '2027-01' }] });
let sent: FormData | null = null;

mockApi(
  http.get('/api/v1/me/houses', ({ response }) => response(200).json([makeHome()])),
  http.get('/api/v1/me/invoices', ({ response }) => response(200).json({ items: [december, january], total: 2, page: 1, per_page: 100 })),
  http.post('/api/v1/payment-slips', async ({ request, response }) => {
    sent = await request.formData();
    return response(201).json(makeSlip({ amount_satang: Number(sent.get('amount_satang')) }));
  }),
);

function chooseFile(testId: string, file: File) {
  const button = screen.getByTestId(testId);
  const input = button.parentElement?.querySelector('input[type="file"]') ?? document.querySelector('input[type="file"]');
  fireEvent.change(input as HTMLInputElement, { target: { files: [file] } });
}

describe('I paid', () => {
  it('starts with the chosen bill and its amount, and sends exact satang with the slip', async () => {
    renderWithProviders(<SlipForm invoiceIds={[2]} />, { auth: authValue(me) });
    const amount = await screen.findByTestId('slip-amount');
    expect(amount).toHaveValue('1550.50');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([false, true]);

    await userEvent.click(boxes[0]!);
    expect(amount).toHaveValue('3150.50');

    await userEvent.clear(amount);
    await userEvent.type(amount, '3,150.55');
    chooseFile('slip-choose', new File([new Uint8Array(64)], 'slip.png', { type: 'image/png' }));
    expect(await screen.findByTestId('slip-preview')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('slip-submit'));

    expect(await screen.findByTestId('slip-sent')).toHaveTextContent('Slip sent');
    expect(sent?.get('amount_satang')).toBe('315055');
    expect(sent?.get('house_id')).toBe('1');
    expect(sent?.getAll('invoice_ids')).toEqual(['1', '2']);
    expect(String(sent?.get('transferred_at'))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    expect(sent?.has('file')).toBe(true); // (jsdom's File does not survive MSW's FormData whole; the e2e test sends a real one)
  });

  it('says clearly what is wrong with the amount and the file before sending', async () => {
    sent = null;
    renderWithProviders(<SlipForm />, { auth: authValue(me) });
    const amount = await screen.findByTestId('slip-amount');
    expect(amount).toHaveValue('3150.50'); // one house: all its open bills
    await userEvent.clear(amount);
    await userEvent.type(amount, '12.345');
    chooseFile('slip-choose', new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(await screen.findByTestId('slip-file-error')).toHaveTextContent('This file is not a JPEG, PNG or WebP image or a PDF');
    await userEvent.click(screen.getByTestId('slip-submit'));
    expect(await screen.findByText('At most two decimals (satang)')).toBeInTheDocument();
    await waitFor(() => expect(sent).toBeNull());
  });
});
