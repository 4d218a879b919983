import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/problem';
import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, makeUser, renderWithProviders } from '@/testing/test-utils';

import { toCreateBody, toUpdateBody, UserForm } from './user-form';

// The password rules the form shows, from a typed mock of GET /auth/password-policy.
mockApi(
  http.get('/auth/password-policy', ({ response }) =>
    response(200).json({ min_length: 8, max_length: 256, rules: ['At least 8 characters', 'Not a common password'] }),
  ),
);

const resident = makeUser({
  id: 7,
  email: 'nok@example.com',
  full_name: 'Nok Resident',
  phone: '0812345678',
  house_number: '12/3',
});

async function fillRequired() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Somchai Jaidee');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'somchai@example.com');
  await user.type(screen.getByLabelText(/^First password/), 'weak');
  return user;
}

describe('UserForm', () => {
  it("shows the API's 422 errors under the fields they name", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError({
        type: 'urn:village:problem:validation-error',
        title: 'Validation failed',
        status: 422,
        detail: 'Invalid value for: password, national_id.',
        errors: [
          { field: 'password', message: 'Add an upper-case letter.', code: 'password_needs_upper' },
          { field: 'national_id', message: 'This national ID number is not valid.', code: 'invalid_national_id' },
        ],
      }),
    );
    renderWithProviders(<UserForm submitLabel="Create user" onSubmit={onSubmit} onCancel={() => {}} />);
    const user = await fillRequired();
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByText('Add an upper-case letter.')).toBeInTheDocument();
    expect(screen.getByText('This national ID number is not valid.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'National ID' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Email' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ email: 'somchai@example.com', password: 'weak' }));
  });

  it('shows the password rules before anything is typed', async () => {
    renderWithProviders(<UserForm submitLabel="Create user" onSubmit={vi.fn()} onCancel={() => {}} />);
    const policy = await screen.findByTestId('password-policy');
    expect(within(policy).getByText('At least 8 characters')).toBeInTheDocument();
  });

  it('offers a village admin only the roles it may assign', async () => {
    renderWithProviders(<UserForm submitLabel="Create user" onSubmit={vi.fn()} onCancel={() => {}} />, {
      auth: authValue(makeMe('village_admin')),
    });
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Role' }));
    const options = (await screen.findAllByRole('option', { hidden: true })).map((o) => o.textContent);
    // village/security/role_rules.py: a village admin manages residents only.
    expect(options).toContain('Resident');
    for (const staff of ['Super admin', 'Village admin', 'Accounting admin']) expect(options).not.toContain(staff);
  });

  it('does not submit without the required fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<UserForm submitLabel="Create user" onSubmit={onSubmit} onCancel={() => {}} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.getAllByText('This field is required.').length).toBeGreaterThan(0));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('toUpdateBody', () => {
  it('sends only what changed, and null for an emptied optional field', () => {
    const body = toUpdateBody(
      {
        email: 'nok@example.com',
        full_name: 'Nok R.',
        phone: '',
        address: '',
        national_id: '',
        role: 'resident',
        status: 'inactive',
        password: '',
      },
      resident,
    );
    expect(body).toEqual({ full_name: 'Nok R.', phone: null, status: 'inactive' });
  });

  const values = {
    email: 'nok@example.com',
    full_name: 'Nok Resident',
    phone: '0812345678',
    address: '',
    national_id: '',
    role: 'resident',
    status: 'active',
    password: '',
  };
  const withId = { ...resident, national_id: '*********0708' };

  it('never sends the masked national ID back, and keeps it when the field is left empty', () => {
    expect(toUpdateBody(values, withId)).toEqual({});
    expect(toUpdateBody({ ...values, national_id: '*********0708' }, withId)).toEqual({});
  });

  it('sends a national ID only when a new one was typed', () => {
    expect(toUpdateBody({ ...values, national_id: ' 1101700230708 ' }, withId)).toEqual({ national_id: '1101700230708' });
  });
});

describe('UserForm when editing', () => {
  it('starts with an empty national ID, showing the masked one on record', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <UserForm user={makeUser({ ...resident, national_id: '*********0708' })} submitLabel="Save changes" onSubmit={onSubmit} onCancel={() => {}} />,
    );
    const field = screen.getByRole('textbox', { name: 'National ID' });
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('placeholder', '*********0708');
    expect(screen.getByTestId('national-id')).toHaveTextContent('*********0708');
    expect(screen.getByRole('button', { name: 'Show the full national ID number' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(toUpdateBody(onSubmit.mock.calls[0]![0], makeUser({ ...resident, national_id: '*********0708' }))).toEqual({});
  });
});

describe('people by email or phone', () => {
  const blank = { email: '', full_name: 'Somchai Jaidee', phone: '', address: '', national_id: '', role: 'resident', status: 'active', password: '' };

  it('creates a person with a phone only, and no password (a set-password link later)', () => {
    expect(toCreateBody({ ...blank, phone: '081-234-5678' })).toEqual({
      full_name: 'Somchai Jaidee',
      phone: '081-234-5678',
      role: 'resident',
      status: 'active',
    });
    expect(toCreateBody({ ...blank, email: 'a@example.com', password: 'First-pass-1' })).toMatchObject({ password: 'First-pass-1' });
  });

  it('asks for an email or a phone, not both', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<UserForm submitLabel="Create user" onSubmit={onSubmit} onCancel={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Somchai Jaidee');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('Give an email or a mobile number.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '0812345678');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  });

  it('offers no password field when editing, and locks the identifiers of someone with their own password', () => {
    renderWithProviders(<UserForm user={resident} submitLabel="Save changes" onSubmit={vi.fn()} onCancel={() => {}} />);
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Phone' })).toBeDisabled();
    expect(screen.getByText(/Nok Resident chose their own password/)).toBeInTheDocument();
  });

  it('lets the office fix the identifiers of someone without a password of their own', () => {
    renderWithProviders(
      <UserForm user={{ ...resident, has_password: false }} submitLabel="Save changes" onSubmit={vi.fn()} onCancel={() => {}} />,
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeEnabled();
  });
});
