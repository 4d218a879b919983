/** A super admin creates, edits and deletes a user through the UI, against the real API. */
import { expect, failedResource, screenshots, signIn, test } from './support/fixtures';

test.describe('with validation errors', () => {
  test.use({ allowedConsoleErrors: [failedResource(422)] }); // the 422s the form shows

test('create (with the API’s validation errors on the fields), edit and delete a user', async ({ page }) => {
  await signIn(page, 'super_admin');
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page.getByTestId('password-policy')).toContainText('Not a common password');

  await page.getByRole('textbox', { name: 'Full name' }).fill('Somsri Newcomer');
  await page.getByRole('textbox', { name: 'Email' }).fill('somsri.new@example.com');
  await page.getByRole('textbox', { name: 'National ID' }).fill('1234567890123'); // wrong check digit
  await page.getByRole('textbox', { name: 'First password', exact: true }).fill('password');
  await page.getByRole('button', { name: 'Create user' }).click();

  // The server's 422s land under the fields they name: first the malformed
  // national ID, then (once that is fixed) the password policy.
  await expect(page.getByText('This national ID number is not valid.')).toBeVisible();
  await page.getByRole('textbox', { name: 'National ID' }).fill('');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(/This password is too common/)).toBeVisible();
  await screenshots(page, 'user-form-errors');

  await page.getByRole('textbox', { name: 'First password', exact: true }).fill('Newcomer-2026-pass');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: 'Somsri Newcomer', level: 1 })).toBeVisible();
  await expect(page.getByText('Somsri Newcomer was created.')).toBeVisible();
  // A first password from the office: the person must replace it at their first sign-in.
  await expect(page.getByTestId('user-password-state')).toHaveText('First password from the office (must change it)');

  // Edit: a new name and a phone; a password is never set here.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByLabel(/password/i)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Full name' }).fill('Somsri Settled');
  await page.getByRole('textbox', { name: 'Phone' }).fill('0891112233');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Somsri Settled', level: 1 })).toBeVisible();
  await expect(page.getByTestId('user-phone')).toHaveText('089-111-2233');

  // Five wrong passwords lock the account; the admin unlocks it.
  for (let i = 0; i < 5; i += 1) {
    await page.request.post('/auth/login', { data: { email: 'somsri.new@example.com', password: `Wrong-pass-${i}` } });
  }
  await page.reload();
  await expect(page.getByText('Locked', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Somsri Settled was unlocked.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toHaveCount(0);

  // Deactivate, then delete, each after a confirmation.
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByText('Somsri Settled was deactivated.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Activate', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('This cannot be undone');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Somsri Settled was deleted.')).toBeVisible();
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Somsri');
  await expect(page.getByText('No users match')).toBeVisible();
});
});

test('the users table searches, filters and sorts on the server', async ({ page }) => {
  await signIn(page, 'super_admin');
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('malee.office');
  await expect(page).toHaveURL(/q=malee\.office/);
  await expect(page.getByTestId('users-total')).toHaveText('1 user');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Accounting admin' }).click();
  await expect(page).toHaveURL(/role=accounting_admin/);
  await expect(page.getByTestId('users-total')).toHaveText('1 user');
  await expect(page.getByRole('table')).toContainText('Preecha Accounts');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Accounting admin' }).click(); // deselect
  await expect(page).not.toHaveURL(/role=/);
  await page.getByRole('button', { name: 'Sort by Full name' }).click();
  await expect(page).toHaveURL(/sort=full_name/);
  // Other specs add people of their own: whatever is there comes sorted, both ways.
  const names = page.getByRole('table').getByTestId('user-name');
  const byName = (a: string, b: string) => a.localeCompare(b);
  await expect.poll(async () => {
    const shown = await names.allTextContents();
    return shown.length > 1 && shown.join('|') === [...shown].sort(byName).join('|');
  }).toBe(true);
  await page.getByRole('button', { name: 'Sort by Full name' }).click();
  await expect(page).toHaveURL(/sort=-full_name/);
  await expect.poll(async () => {
    const shown = await names.allTextContents();
    return shown.length > 1 && shown.join('|') === [...shown].sort(byName).reverse().join('|');
  }).toBe(true);
});
