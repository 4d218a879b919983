import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { http, mockApi } from '@/testing/msw';
import { authValue, makeMe, renderWithProviders } from '@/testing/test-utils';

import { MailSettingsForm } from './mail-settings-form';

const server = mockApi();

describe('MailSettingsForm', () => {
  it('saves the language and the opt-out with one PATCH', async () => {
    const me = makeMe('resident');
    const sent: unknown[] = [];
    server.use(
      http.patch('/auth/me', async ({ request, response }) => {
        const body = await request.json();
        sent.push(body);
        return response(200).json({ ...me, scope: 'own_houses', language: 'en', email_opt_out: true });
      }),
    );
    renderWithProviders(<MailSettingsForm me={me} />, { auth: authValue(me) });
    const user = userEvent.setup();
    const save = screen.getByRole('button', { name: 'Save email settings' });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: /Language of my email/ }));
    await user.click(await screen.findByRole('option', { name: 'English', hidden: true }));
    await user.click(screen.getByRole('switch', { name: /Only essential email/ }));
    await user.click(save);
    await vi.waitFor(() => expect(sent).toEqual([{ language: 'en', email_opt_out: true }]));
    await vi.waitFor(() => expect(save).toBeDisabled()); // saved: nothing left to save
  });
});
