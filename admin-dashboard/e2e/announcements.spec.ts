/**
 * Announcements end to end: the office writes an urgent announcement for one zone
 * and publishes it; a resident of that zone finds it at the top of their feed,
 * highlighted and marked new, and opening it marks it read; a resident of another
 * zone never sees it (not in the feed, and not found by its address).
 */
import type { APIRequestContext, Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, failedResource, nav, screenshots, signIn, signInWith, test } from './support/fixtures';

const TITLE = 'Water cut in North zone on Tuesday';
const NORTH = { email: 'north.resident@example.com', password: 'North-resident-2026', zone: 'E2E North', house: '91/1' };
const SOUTH = { email: 'south.resident@example.com', password: 'South-resident-2026', zone: 'E2E South', house: '91/2' };

/** A house in `zone` with a resident who has set their own password. */
async function residentIn(request: APIRequestContext, who: typeof NORTH): Promise<void> {
  const office = await apiAs(request, 'super_admin');
  const house = (await office.post('/api/v1/houses', { house_number: who.house, zone: who.zone })) as { id: number };
  const member = (await office.post(`/api/v1/houses/${house.id}/members`, {
    full_name: `${who.zone} Resident`,
    email: who.email,
    relation: 'owner',
  })) as { user: { id: number } };
  const link = (await office.post(`/api/v1/users/${member.user.id}/set-password-link`)) as { token: string };
  const set = await request.post('/auth/set-password', { data: { token: link.token, new_password: who.password } });
  expect(set.ok(), await set.text()).toBe(true);
}

async function inThai(page: Page, name: string) {
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await screenshots(page, `${name}-thai`);
  await page.locator('label', { hasText: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test.describe.serial('an urgent announcement for one zone', { tag: '@sqlite' }, () => {
  let announcementUrl = '';

  test('the office writes it, previews it and publishes it to the North zone', async ({ page, request }) => {
    await residentIn(request, NORTH);
    await residentIn(request, SOUTH);
    await signIn(page, 'village_admin');
    await nav(page).getByRole('link', { name: 'Announcements' }).click();
    await expect(page.getByRole('heading', { name: 'Announcements', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'New announcement' }).click();
    await expect(page.getByRole('heading', { name: 'New announcement', level: 1 })).toBeVisible();

    await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill('The **water** is off from 9:00 to 15:00.\n\n- Fill buckets\n- See [the notice](https://example.com/notice)\n\n<script>alert(1)</script>');
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.getByTestId('preview-body');
    await expect(preview.locator('strong')).toHaveText('water');
    await expect(preview.locator('a')).toHaveAttribute('rel', 'noopener nofollow');
    await expect(preview).toContainText('<script>alert(1)</script>'); // shown as text, never run
    await expect(preview.locator('script')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Write' }).click();

    await page.getByRole('radiogroup', { name: 'Audience' }).getByText('Zones', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Zones' }).click();
    await page.getByRole('option', { name: NORTH.zone }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('radiogroup', { name: 'Priority' }).getByText('Urgent', { exact: true }).click();
    await expect(page.getByTestId('expires-at')).not.toHaveText(''); // an end date is offered
    await page.getByRole('radiogroup', { name: 'When' }).getByText('Publish now', { exact: true }).click();
    await screenshots(page, 'announcement-editor');
    await page.getByRole('button', { name: 'Save announcement' }).click();

    await expect(page.getByTestId('announcement-title')).toHaveText(TITLE);
    await expect(page.getByTestId('announcement-status')).toHaveText('Published');
    await expect(page.getByTestId('urgent-badge')).toBeVisible();
    await expect(page.getByText('0 of 1 read')).toBeVisible();
    announcementUrl = new URL(page.url()).pathname;
    await screenshots(page, 'announcement-staff');
    await nav(page).getByRole('link', { name: 'Announcements' }).click();
    await expect(page.getByTestId('announcement-row').filter({ hasText: TITLE })).toBeVisible();
    await screenshots(page, 'announcements-list');
    await inThai(page, 'announcements-list');
  });

  test('a resident of the North zone sees it first, marked new, and reads it', async ({ page }) => {
    await signInWith(page, NORTH.email, NORTH.password);
    await nav(page).getByRole('link', { name: 'Announcements' }).click();
    const item = page.getByTestId('feed-item').first();
    await expect(item).toContainText(TITLE);
    await expect(item.getByTestId('urgent-badge')).toBeVisible();
    await expect(item.getByTestId('unread-badge')).toBeVisible();
    await screenshots(page, 'announcements-feed');
    await inThai(page, 'announcements-feed');

    await item.click();
    await expect(page.getByTestId('announcement-title')).toHaveText(TITLE);
    await expect(page.getByTestId('announcement-body').locator('li')).toHaveCount(2);
    await screenshots(page, 'announcement-resident');
    await page.getByRole('link', { name: /All announcements/ }).click();
    await expect(page.getByTestId('feed-item').first()).toContainText(TITLE);
    await expect(page.getByTestId('feed-item').first().getByTestId('unread-badge')).toHaveCount(0);
  });

  test.describe('elsewhere', () => {
    test.use({ allowedConsoleErrors: [failedResource(404)] }); // the announcement's address, for them

    test('a resident of the South zone does not see it', async ({ page }) => {
      await signInWith(page, SOUTH.email, SOUTH.password);
      await nav(page).getByRole('link', { name: 'Announcements' }).click();
      await expect(page.getByText('No announcements for you right now.')).toBeVisible();
      await expect(page.getByText(TITLE)).toHaveCount(0);
      await page.goto(announcementUrl);
      await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
      await expect(page.getByText(TITLE)).toHaveCount(0);
    });
  });

  test('the office sees that one of its one recipient has read it', async ({ page }) => {
    await signIn(page, 'village_admin');
    await page.goto(announcementUrl);
    await expect(page.getByText('1 of 1 read')).toBeVisible();
  });
});
