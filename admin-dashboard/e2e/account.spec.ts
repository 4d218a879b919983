/** My account: devices, signing out elsewhere, and a keyboard-only sign-in. */
import { expect, failedResource, nav, signIn, test } from './support/fixtures';
import { USERS } from './support/state';

test.describe('sessions', () => {
  // The other device's requests after its session ended answer 401.
  test.use({ allowedConsoleErrors: [failedResource(401)] });

  test('"sign out everywhere else" ends the other device, which is sent to sign in again', async ({ page, browser }) => {
    const otherDevice = await browser.newContext();
    const other = await otherDevice.newPage();
    await signIn(other, 'accounting_admin');
    await signIn(page, 'accounting_admin');

    await nav(page).getByRole('link', { name: 'My account' }).click();
    // Two devices at least (earlier tests may have added more); an unloaded list would show none.
    await expect(page.getByTestId('session-row').nth(1)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out everywhere else' }).click();
    await expect(page.getByText(/other devices? (was|were) signed out/)).toBeVisible();
    await expect(page.getByTestId('session-row')).toHaveCount(1);

    // The other device's next request fails, its refresh too: back to sign-in, told why.
    await nav(other).getByRole('link', { name: 'Users' }).click();
    await expect(other.getByTestId('session-expired')).toContainText('Your session has ended');
    await otherDevice.close();
  });
});

test('sign in with the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email or phone number' })).toBeFocused();
  await page.keyboard.type(USERS.village_admin.email);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toBeFocused();
  await page.keyboard.type(USERS.village_admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

  // The first Tab reaches the skip link, which jumps to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
