import { request as playwrightRequest } from '@playwright/test';

import { expect, failedResource, screenshots, signIn, signOut, test } from './support/fixtures';
import { baseUrl, USERS } from './support/state';

test.describe('signing in and out', { tag: '@sqlite' }, () => {
  test.describe('a wrong password', () => {
    test.use({ allowedConsoleErrors: [failedResource(401)] });

    test('gets one message covering wrong credentials and a temporary lock', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in$/);
      await screenshots(page, 'sign-in');
      await page.getByRole('textbox', { name: 'Email or phone number' }).fill(USERS.village_admin.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Not-the-password-1');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByTestId('sign-in-error')).toContainText(
        'The email, phone number or password is wrong, or the account is temporarily locked',
      );
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue('');
    });
  });

  test('keeps the access token out of storage, restores the session on reload, and logout ends it on the server', async ({ page, context }) => {
    await signIn(page, 'resident');
    await expect(page).toHaveURL(/\/my-home$/); // a resident lands on their home

    // Nothing sensitive in web storage; the refresh cookie is HttpOnly.
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(storage).not.toMatch(/eyJ/); // no JWT anywhere
    const cookies = await context.cookies();
    const refreshCookie = cookies.find((c) => c.name === 'village_refresh');
    expect(refreshCookie?.httpOnly).toBe(true);
    expect(refreshCookie?.path).toBe('/auth');
    const csrf = cookies.find((c) => c.name === 'village_csrf')?.value;
    expect(csrf).toBeTruthy();

    // A full page load keeps the session: restored from the cookie.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'My home', level: 1 })).toBeVisible();

    await signOut(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    // The old refresh cookie no longer works: the server session has ended.
    const api = await playwrightRequest.newContext({ baseURL: baseUrl() });
    const refreshed = await api.post('/auth/refresh', {
      headers: { 'X-CSRF-Token': csrf!, Cookie: `village_refresh=${refreshCookie!.value}; village_csrf=${csrf}` },
    });
    expect(refreshed.status()).toBe(401);
    await api.dispose();
  });

  test('the language switch turns the dashboard Thai, with Buddhist-era dates', async ({ page }) => {
    await signIn(page, 'super_admin');
    await page.locator('label', { hasText: 'ไทย' }).click();
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toContainText('ผู้ใช้');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await page.getByRole('link', { name: 'ผู้ใช้' }).click();
    const year = new Date().getFullYear();
    await expect(page.getByRole('table')).toContainText(String(year + 543));
    await expect(page.getByRole('table')).not.toContainText(String(year));
    await screenshots(page, 'users-thai');
    await page.locator('label', { hasText: 'EN' }).click();
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  });
});
