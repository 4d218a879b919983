import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, failedResource, screenshots, signInWith, test } from './support/fixtures';
import { mailDir } from './support/state';

const EMAIL = 'forgetful.resident@example.com';
const NEW_PASSWORD = 'Reset-By-Mail-2026';

/** The text of the newest mail the backend wrote for `to` (a .eml file in MAIL_DIR), once it is there. */
async function mailTo(to: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        const dir = mailDir();
        const mails = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.eml')).sort() : [];
        found = mails.map((name) => readFileSync(join(dir, name), 'utf8')).filter((text) => text.includes(`<${to}>`)).at(-1) ?? '';
        return found;
      },
      { message: `a mail to ${to} in ${mailDir()}`, timeout: 15_000 },
    )
    .not.toBe('');
  return found;
}

test.describe('a forgotten password', { tag: '@sqlite' }, () => {
  test('is reset with the emailed link, and the new one signs in', async ({ page, request }) => {
    const registered = await request.post('/auth/register', {
      data: { email: EMAIL, full_name: 'Forgetful Resident', password: 'Forgotten-pass-2026' },
    });
    expect(registered.status()).toBe(201);

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await screenshots(page, 'forgot-password');
    await page.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await expect(page.getByTestId('reset-requested')).toContainText(`If ${EMAIL} belongs to an account`);
    await screenshots(page, 'forgot-password-sent');
    await page.locator('label', { hasText: 'ไทย' }).click();
    await expect(page.getByRole('heading', { name: 'ลืมรหัสผ่าน?' })).toBeVisible();
    await expect(page.getByTestId('reset-requested')).toContainText('ตรวจสอบกล่องจดหมายของคุณ');
    await screenshots(page, 'forgot-password-sent-th');
    await page.locator('label', { hasText: 'EN' }).click();

    const mail = await mailTo(EMAIL);
    expect(mail).toContain('Subject:');
    const link = /(http:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(link, 'the reset link in the mail').toBeTruthy();

    await page.goto(link!);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expect(page).toHaveURL(/\/reset-password$/); // the token left the address bar
    await screenshots(page, 'reset-password');
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Repeat the new password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await expect(page.getByTestId('password-set')).toBeVisible();

    await signInWith(page, EMAIL, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/my-home$/);
  });

  test.describe('a link that no longer works', () => {
    test.use({ allowedConsoleErrors: [failedResource(401)] });

    test('says so and offers a new one', async ({ page }) => {
      await page.goto('/reset-password#token=' + 'x'.repeat(43));
      await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
      await page.getByLabel(/^Repeat the new password/).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Save my new password' }).click();
      await expect(page.getByTestId('link-invalid')).toContainText('does not work any more');
      await page.getByRole('link', { name: 'Ask for a new link' }).click();
      await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    });
  });

  test('the account page sets the language of one\'s email and the opt-out', async ({ page, request }) => {
    const email = 'mail.settings@example.com';
    const password = 'Mail-settings-2026';
    expect((await request.post('/auth/register', { data: { email, full_name: 'Mail Settings', password } })).status()).toBe(201);
    await signInWith(page, email, password);
    await page.goto('/account');
    const card = page.getByRole('form', { name: 'Email' });
    await expect(card.getByRole('combobox', { name: /Language of my email/ })).toHaveValue('ไทย');
    await card.getByRole('combobox', { name: /Language of my email/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await card.getByRole('switch', { name: /Only essential email/ }).check();
    await card.getByRole('button', { name: 'Save email settings' }).click();
    await expect(card.getByRole('button', { name: 'Save email settings' })).toBeDisabled();
    await page.reload();
    await expect(page.getByRole('form', { name: 'Email' }).getByRole('combobox', { name: /Language of my email/ })).toHaveValue('English');
    await expect(page.getByRole('form', { name: 'Email' }).getByRole('switch', { name: /Only essential email/ })).toBeChecked();
    await screenshots(page, 'account-email');
    await page.locator('label', { hasText: 'ไทย' }).click();
    await expect(page.getByRole('form', { name: 'อีเมล' })).toBeVisible();
    await screenshots(page, 'account-email-th');
  });
});
