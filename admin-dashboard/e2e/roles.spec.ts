/** Each role signs in and sees and may do exactly what its permissions allow. */
import { apiAs } from './support/api';
import { expect, nav, screenshots, signIn, test } from './support/fixtures';
import { USERS } from './support/state';

async function openUser(page: import('@playwright/test').Page, name: string) {
  await nav(page).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('a super admin sees everything and may do everything', async ({ page, request }) => {
  await signIn(page, 'super_admin');
  await expect(nav(page).getByRole('link')).toHaveText(['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'Audit log', 'My account', 'Invoices', 'Record a payment', 'Payments', 'Transfer slips', 'Receipts', 'Credit notes', 'Arrears', 'Collections', 'Certificates', 'Periods', 'Billing runs', 'Fees and rates', 'Finance settings']);

  // Overview: stat cards and the lazily loaded charts.
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  // The first card counts every account (other specs add theirs): the API's total.
  const users = (await (await apiAs(request, 'super_admin')).get('/api/v1/users?per_page=1')) as { total: number };
  await expect(page.getByTestId('stat-value').first()).toHaveText(String(users.total));
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await screenshots(page, 'overview');

  await nav(page).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('link', { name: 'New user' })).toBeVisible();
  await expect(page.getByTestId('users-total')).toHaveText(`${users.total} users`);
  await screenshots(page, 'users');

  await openUser(page, USERS.resident.name);
  for (const action of ['Edit', 'Deactivate', 'End sessions', 'Delete']) {
    await expect(page.getByRole('button', { name: action, exact: true }).or(page.getByRole('link', { name: action, exact: true }))).toBeVisible();
  }
  await screenshots(page, 'user-detail');

  await nav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText('Signed in');
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Signed in' }).click();
  await expect(page).toHaveURL(/action=login_succeeded/);
  await expect(page.getByRole('table', { name: 'Audit events' }).locator('tbody tr').first()).toContainText('Signed in');
  await expect(page.getByRole('table', { name: 'Audit events' })).not.toContainText('Sign-in failed');
  await screenshots(page, 'audit');
});

test('a village admin manages residents but deletes nobody and sees no audit log', async ({ page }) => {
  await signIn(page, 'village_admin');
  await expect(nav(page).getByRole('link')).toHaveText(['Overview', 'Houses', 'Join requests', 'Users', 'Service requests', 'Announcements', 'Village', 'Data requests', 'My data', 'My account', 'Invoices', 'Record a payment', 'Payments', 'Receipts', 'Credit notes', 'Arrears', 'Collections', 'Certificates', 'Periods', 'Billing runs', 'Fees and rates', 'Finance settings']);

  await nav(page).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('link', { name: 'New user' })).toBeVisible();

  await openUser(page, USERS.resident.name);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  // The resident chose their own password: no set-password link for the office to give.
  await expect(page.getByRole('button', { name: 'Set-password link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'End sessions' })).toHaveCount(0);

  // Staff accounts are beyond a village admin (residents only): read-only.
  await openUser(page, USERS.super_admin.name);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
  await openUser(page, USERS.accounting_admin.name);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);

  // The role picker offers only what a village admin may assign.
  await nav(page).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('link', { name: 'New user' }).click();
  // The form's route loads lazily; until it shows, the list's own Role filter is on screen.
  await expect(page.getByRole('heading', { name: 'New user', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Role' }).click();
  await expect(page.getByRole('option')).toHaveText(['Resident']);
  await page.keyboard.press('Escape');

  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});

test('an accounting admin sees lists and stats read-only', async ({ page }) => {
  await signIn(page, 'accounting_admin');
  await expect(nav(page).getByRole('link')).toHaveText(['Overview', 'Houses', 'Users', 'Announcements', 'Village', 'My data', 'My account', 'Invoices', 'Record a payment', 'Payments', 'Transfer slips', 'Receipts', 'Credit notes', 'Arrears', 'Collections', 'Certificates', 'Periods', 'Billing runs', 'Fees and rates', 'Finance settings']);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByTestId('users-total')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New user' })).toHaveCount(0);

  await openUser(page, USERS.resident.name);
  for (const action of ['Edit', 'Deactivate', 'End sessions', 'Delete', 'Unlock']) {
    await expect(page.getByRole('button', { name: action, exact: true }).or(page.getByRole('link', { name: action, exact: true }))).toHaveCount(0);
  }

  await page.goto('/users/new');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();

  // Houses read-only too: no import, no new house; the village profile to read.
  await nav(page).getByRole('link', { name: 'Houses' }).click();
  await expect(page.getByRole('heading', { name: 'Houses', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New house' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'Village' }).click();
  await expect(page.getByText('Only the village admins and super admins may change these.')).toBeVisible();
  await page.goto('/membership-requests');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});

test('a resident sees only their own home and account', async ({ page }) => {
  await signIn(page, 'resident');
  await expect(page).toHaveURL(/\/my-home$/);
  await expect(nav(page).getByRole('link')).toHaveText(['My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'My data', 'My account']);
  await nav(page).getByRole('link', { name: 'My account' }).click();
  await expect(page.getByTestId('session-row').filter({ hasText: 'This device' })).toBeVisible();
  await expect(page.getByTestId('password-policy')).toContainText('At least 8 characters');
  await screenshots(page, 'account');

  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await screenshots(page, 'forbidden');
  await page.goto('/houses/new');
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
