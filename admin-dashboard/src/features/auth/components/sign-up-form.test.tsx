import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, renderWithProviders } from '@/testing/test-utils';

import { SignUpForm, toRegisterBody } from './sign-up-form';

const blank = { full_name: ' Malai Tenant ', email: '', phone: '0816660001', password: 'Signup-pass-2026', confirm: 'Signup-pass-2026', house_number: '', relation: null };

describe('toRegisterBody', () => {
  it('sends the phone only when no email is given, and no house without its relation', () => {
    expect(toRegisterBody(blank)).toEqual({ full_name: 'Malai Tenant', phone: '0816660001', password: 'Signup-pass-2026' });
    expect(toRegisterBody({ ...blank, house_number: '55/2' })).not.toHaveProperty('house_number');
    expect(toRegisterBody({ ...blank, house_number: ' 55/2 ', relation: 'tenant' })).toMatchObject({ house_number: '55/2', relation: 'tenant' });
  });
});

const server = mockApi(
  http.get('/auth/password-policy', ({ response }) => response(200).json({ min_length: 8, max_length: 128, rules: ['At least 8 characters'] })),
);

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Malai Tenant');
  await user.type(screen.getByRole('textbox', { name: 'Mobile number' }), '0816660001');
  await user.type(screen.getByLabelText(/^Password/), 'Signup-pass-2026');
  await user.type(screen.getByLabelText(/^Repeat the password/), 'Signup-pass-2026');
  await user.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('SignUpForm', () => {
  it('says when the office must approve the account first', async () => {
    server.use(
      http.post('/auth/register', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json({
          id: 3, full_name: body?.full_name ?? '', email: null, phone: '+66816660001', role: 'resident', status: 'pending', house_number: null, address: null,
          national_id: null, has_password: true, password_change_required: false, created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z',
          last_login_at: null, locked_until: null,
        });
      }),
    );
    renderWithProviders(<SignUpForm />, { auth: authValue(null) });
    await fillAndSubmit();
    expect(await screen.findByTestId('signed-up')).toHaveTextContent('waits for the estate office’s approval');
  });

  it('explains a village where signing up is closed', async () => {
    server.use(
      http.post('/auth/register', ({ response }) =>
        response(403).json({ type: 'urn:village:problem:registration-closed', title: 'Registration closed', status: 403, detail: 'Self-registration is closed.' }),
      ),
    );
    renderWithProviders(<SignUpForm />, { auth: authValue(null) });
    await fillAndSubmit();
    expect(await screen.findByTestId('sign-up-error')).toHaveTextContent('Signing up is closed in this village');
  });
});
