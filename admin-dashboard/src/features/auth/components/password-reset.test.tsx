import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, renderWithProviders } from '@/testing/test-utils';

import { ForgotPasswordForm } from './forgot-password-form';
import { TokenPasswordForm } from './token-password-form';

const ACCEPTED = { detail: 'If this address belongs to an account, a link is on its way.' };
const server = mockApi(
  http.get('/auth/password-policy', ({ response }) => response(200).json({ min_length: 8, max_length: 128, rules: ['At least 8 characters'] })),
);

describe('ForgotPasswordForm', () => {
  it('asks for the link and says the same thing whatever the address', async () => {
    const asked: unknown[] = [];
    server.use(
      http.post('/auth/password-reset', async ({ request, response }) => {
        asked.push(await request.json());
        return response(202).json(ACCEPTED);
      }),
    );
    renderWithProviders(<ForgotPasswordForm />, { auth: authValue(null) });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Email/ }), ' malee@village.example ');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByTestId('reset-requested')).toHaveTextContent('If malee@village.example belongs to an account');
    expect(asked).toEqual([{ email: 'malee@village.example' }]);
  });

  it('checks the address before asking', async () => {
    renderWithProviders(<ForgotPasswordForm />, { auth: authValue(null) });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('tells how long to wait after too many requests', async () => {
    server.use(
      http.post('/auth/password-reset', ({ response }) =>
        response(429).json({ type: 'urn:village:problem:rate-limited', title: 'Too many requests', status: 429, detail: 'x' }, { headers: { 'Retry-After': '60' } }),
      ),
    );
    renderWithProviders(<ForgotPasswordForm />, { auth: authValue(null) });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'malee@village.example');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('60 seconds');
  });
});

describe('TokenPasswordForm (a reset link)', () => {
  async function submit(onDone = vi.fn()) {
    renderWithProviders(<TokenPasswordForm purpose="resetPassword" token={"t".repeat(43)} onDone={onDone} />, { auth: authValue(null) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^New password/), 'Reset-By-Mail-2026');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'Reset-By-Mail-2026');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));
    return onDone;
  }

  it('sets the password with the token and moves on', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('/auth/password-reset/confirm', async ({ request, response }) => {
        sent.push(await request.json());
        return response(204).empty();
      }),
    );
    const onDone = await submit();
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toEqual([{ token: 't'.repeat(43), new_password: 'Reset-By-Mail-2026' }]);
  });

  it('offers a new link when this one no longer works', async () => {
    server.use(
      http.post('/auth/password-reset/confirm', ({ response }) =>
        response(401).json({ type: 'urn:village:problem:invalid-token', title: 'Invalid or expired token', status: 401, detail: 'x' }),
      ),
    );
    await submit();
    const alert = await screen.findByTestId('link-invalid');
    expect(alert).toHaveTextContent('older than 30 minutes');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
