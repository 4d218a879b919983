/**
 * The access token (60 s here) expires while two tabs are open: both keep
 * working, refreshed silently through the HttpOnly cookie, without a second
 * tab replaying a rotated refresh token (which would end the session).
 */
import { expect, failedResource, signIn, test } from './support/fixtures';
import { ACCESS_TOKEN_SECONDS, USERS } from './support/state';

test.use({ allowedConsoleErrors: [failedResource(401)] }); // the expired token's 401s, answered by a refresh

test('an access token expiring mid-session is refreshed silently, once for all tabs', async ({ page, context }) => {
  test.setTimeout((ACCESS_TOKEN_SECONDS + 60) * 1000);
  await signIn(page, 'super_admin');
  const second = await context.newPage();
  await second.goto('/users');
  await expect(second.getByTestId('users-total')).toBeVisible();

  const refreshes: number[] = [];
  const signInVisits: string[] = [];
  for (const tab of [page, second]) {
    tab.on('response', (response) => {
      if (response.url().endsWith('/auth/refresh')) refreshes.push(response.status());
    });
    tab.on('framenavigated', (frame) => {
      if (frame.url().includes('/sign-in')) signInVisits.push(frame.url());
    });
  }

  await page.waitForTimeout((ACCESS_TOKEN_SECONDS + 2) * 1000); // both tabs' tokens are now expired

  // Both tabs ask the API at the same moment.
  await Promise.all([
    page.getByRole('link', { name: 'Audit log' }).click(),
    second.getByRole('link', { name: USERS.resident.name }).click(),
  ]);
  await expect(page.getByRole('table', { name: 'Audit events' })).toBeVisible();
  await expect(second.getByRole('heading', { name: USERS.resident.name, level: 1 })).toBeVisible();

  expect(signInVisits).toEqual([]);
  expect(refreshes.length).toBeGreaterThanOrEqual(1);
  expect(refreshes.every((status) => status === 200)).toBe(true);

  // The session survived: still one device, still signed in after a reload.
  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page.getByTestId('session-row').filter({ hasText: 'This device' })).toHaveCount(1);
  await second.reload();
  await expect(second.getByRole('heading', { name: USERS.resident.name, level: 1 })).toBeVisible();
});
