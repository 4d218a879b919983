import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/problem';
import { authValue, renderWithProviders } from '@/testing/test-utils';

import { SignInForm } from './sign-in-form';

async function signInWith(error: unknown, identifier = 'someone@example.com') {
  const signIn = vi.fn().mockRejectedValue(error);
  renderWithProviders(<SignInForm onSignedIn={() => {}} />, { auth: authValue(null, { signIn }) });
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Email or phone number' }), identifier);
  await user.type(screen.getByLabelText(/^Password/), 'Wrong-password1');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { signIn, alert: await screen.findByTestId('sign-in-error') };
}

describe('SignInForm', () => {
  it('explains a 401 as wrong credentials or a temporary lock, without saying which', async () => {
    const { signIn, alert } = await signInWith(
      new ApiError({ type: 'urn:village:problem:authentication-failed', title: 'Authentication failed', status: 401, detail: 'Wrong email or password.' }),
    );
    expect(signIn).toHaveBeenCalledWith('someone@example.com', 'Wrong-password1');
    expect(alert).toHaveTextContent('The email, phone number or password is wrong, or the account is temporarily locked');
    expect(screen.getByLabelText(/^Password/)).toHaveValue(''); // cleared for the next try
  });

  it('passes a phone number as typed', async () => {
    const { signIn } = await signInWith(new ApiError({ type: 'about:blank', title: 'x', status: 401, detail: 'x' }), '081-234-5678');
    expect(signIn).toHaveBeenCalledWith('081-234-5678', 'Wrong-password1');
  });

  it('tells how long to wait when rate limited', async () => {
    const { alert } = await signInWith(new ApiError({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'x' }, 30));
    expect(alert).toHaveTextContent('Try again in 30 seconds');
  });

  it('says when an account awaits approval', async () => {
    const { alert } = await signInWith(
      new ApiError({
        type: 'urn:village:problem:account-not-active',
        title: 'Account not active',
        status: 403,
        detail: 'This account is waiting for approval by the estate office.',
      }),
    );
    expect(alert).toHaveTextContent('waiting for approval');
  });

  it('says when the server cannot be reached', async () => {
    const { alert } = await signInWith(new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: 'Failed to fetch' }));
    expect(alert).toHaveTextContent('could not be reached');
  });
});
