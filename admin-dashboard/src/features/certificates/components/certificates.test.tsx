import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';
import type { CertificateRead } from '@/types/finance-control';

import { ClearanceCertificateButton } from './clearance-certificate';
import { VerifyCertificate } from './verify-certificate';

const certificate: CertificateRead = {
  number: 'CERT2569-000004', house: { id: 3, house_number: '55/3', plot_number: '12', title_deed_number: '4521', land_area_sq_wah: 50 },
  owner_names: ['Somchai Jaidee'], paid_through: '2026-11', issue_date: '2026-11-30', valid_until: '2026-12-30', valid: true,
  issued_by: { id: 1, full_name: 'Preecha Accounts' }, created_at: '2026-11-30T03:00:00Z', pdf_url: '/api/v1/certificates/CERT2569-000004/pdf',
};

const issued: number[] = [];

mockApi(
  http.post('/api/v1/houses/{house_id}/debt-clearance-certificate', ({ params, response }) => {
    issued.push(Number(params.house_id));
    return response(201).json(certificate);
  }),
  http.get('/api/v1/certificates/{certificate_number}', ({ params, response }) =>
    params.certificate_number === 'CERT2569-000004'
      ? response(200).json(certificate)
      : response(404).json({ type: 'urn:village:problem:not-found', title: 'Not found', status: 404, detail: 'No such certificate.' }),
  ),
);

beforeEach(() => {
  issued.length = 0;
});

describe('debt-clearance certificates', () => {
  it('is disabled, with the amount, while the house owes', () => {
    renderWithProviders(<ClearanceCertificateButton house={{ id: 3, house_number: '55/3', balance_satang: 160000 }} />, { auth: authValue(makeMe('accounting_admin')) });
    const button = screen.getByTestId('clearance-certificate');
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('Owes ฿1,600.00: no certificate');
  });

  it('issues one for a house that owes nothing and offers its PDF', async () => {
    renderWithProviders(<ClearanceCertificateButton house={{ id: 3, house_number: '55/3', balance_satang: 0 }} />, { auth: authValue(makeMe('accounting_admin')) });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('clearance-certificate'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Issue' }));
    expect(await screen.findByTestId('certificate-issued')).toHaveTextContent(/Certificate CERT2569-000004, valid until .*2026/);
    expect(issued).toEqual([3]);
    expect(screen.getByRole('button', { name: 'Download the PDF' })).toBeInTheDocument();
  });

  it('is not offered without finance:write', () => {
    renderWithProviders(<ClearanceCertificateButton house={{ id: 3, house_number: '55/3', balance_satang: 0 }} />, { auth: authValue(makeMe('village_admin')) });
    expect(screen.queryByTestId('clearance-certificate')).toBeNull();
  });

  it('verifies a certificate by its number, and says when there is none', async () => {
    renderWithProviders(<VerifyCertificate />, { auth: authValue(makeMe('village_admin')) });
    const user = userEvent.setup();
    await user.type(screen.getByTestId('verify-number'), 'cert2569-000004');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveTextContent('Valid today');
    expect(result).toHaveTextContent('CERT2569-000004 for house 55/3');
    expect(result).toHaveTextContent('Owners: Somchai Jaidee');
    await user.clear(screen.getByTestId('verify-number'));
    await user.type(screen.getByTestId('verify-number'), 'CERT2569-000099');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveTextContent('No certificate CERT2569-000099.'));
    await user.clear(screen.getByTestId('verify-number'));
    await user.type(screen.getByTestId('verify-number'), 'hello');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('A number looks like CERT2570-000001.')).toBeInTheDocument();
  });
});
