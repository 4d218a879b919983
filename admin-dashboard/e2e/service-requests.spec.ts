/**
 * A service request end to end, as a village lives it: a resident reports a
 * leak from their phone with a photo; the office takes it up, keeps an
 * internal note, answers in public and resolves it; the resident is told,
 * sees the answer (never the note), rates the work and closes the request.
 */
import type { Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, nav, screenshots, signIn, signInWith, signOut, test } from './support/fixtures';

const RESIDENT = { name: 'Malee Reporter', email: 'malee.reporter@example.com', password: 'Malee-leak-2026' };
const TITLE = 'น้ำรั่วหน้าบ้าน (water leak)';
// A 1×1 PNG, as a phone's camera roll would offer a photo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

async function inThai(page: Page, name: string) {
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await screenshots(page, `${name}-thai`);
  await page.locator('label', { hasText: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('a resident reports, the office resolves, the resident is told, rates and closes', { tag: '@sqlite' }, async ({ page, request }) => {
  // A house with a resident of its own (set up through the API the other tests cover).
  const office = await apiAs(request, 'village_admin');
  const house = (await office.post('/api/v1/houses', { house_number: '77/12' })) as { id: number };
  const member = (await office.post(`/api/v1/houses/${house.id}/members`, {
    full_name: RESIDENT.name,
    email: RESIDENT.email,
    relation: 'owner',
  })) as { user: { id: number } };
  const link = (await office.post(`/api/v1/users/${member.user.id}/set-password-link`)) as { token: string };
  const set = await request.post('/auth/set-password', { data: { token: link.token, new_password: RESIDENT.password } });
  expect(set.ok()).toBe(true);

  // The resident reports the leak from a phone.
  await page.setViewportSize({ width: 375, height: 812 });
  await signInWith(page, RESIDENT.email, RESIDENT.password);
  await page.goto('/service-requests');
  await expect(page.getByRole('heading', { name: 'My requests' })).toBeVisible();
  await page.getByRole('link', { name: 'Report a problem' }).click();
  await expect(page.getByRole('heading', { name: 'Report a problem' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Where' })).toHaveValue('House 77/12');
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Water' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await page.getByRole('textbox', { name: 'What is wrong' }).fill('The pipe by the gate has leaked since this morning.');
  await page.locator('input[type="file"]').setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('img', { name: 'leak.png' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshots(page, 'service-request-new');
  await page.getByRole('button', { name: 'Send the report' }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('request-status')).toHaveText('Submitted');
  await expect(page.getByTestId('request-photo')).toBeVisible();
  const number = (await page.getByTestId('request-number').textContent()) ?? '';
  expect(number).toMatch(/^SR\d{4}-\d{6}$/);
  await signOut(page);

  // The office finds it in the queue, takes it up, notes, answers and resolves it.
  await signIn(page, 'village_admin');
  await nav(page).getByRole('link', { name: 'Service requests' }).click();
  await expect(page.getByRole('heading', { name: 'Service requests' })).toBeVisible();
  const row = page.getByTestId('requests-table').getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText(TITLE);
  await screenshots(page, 'service-requests-queue');
  await row.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Start work' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('In progress');
  await page.getByRole('switch', { name: 'Internal note (staff only)' }).check();
  await page.getByRole('textbox', { name: 'Comment' }).fill('Owner asked us to come after 5 pm.');
  await page.getByRole('button', { name: 'Save internal note' }).click();
  await expect(page.getByTestId('internal-note')).toContainText('after 5 pm');
  await page.getByRole('switch', { name: 'Internal note (staff only)' }).uncheck();
  await page.getByRole('textbox', { name: 'Comment' }).fill('ช่างเปลี่ยนท่อให้แล้วครับ');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('timeline')).toContainText('ช่างเปลี่ยนท่อให้แล้วครับ');
  await page.getByRole('button', { name: 'Mark resolved' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Pipe replaced.');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('Resolved');
  await screenshots(page, 'service-request-office');
  await signOut(page);

  // The resident is told, reads the answer (not the note), rates and closes.
  await signInWith(page, RESIDENT.email, RESIDENT.password);
  await page.goto('/notifications');
  const told = page.getByTestId('notification').filter({ hasText: `Your request ${number} is now resolved` });
  await expect(told).toBeVisible();
  await told.click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('request-status')).toHaveText('Resolved');
  await expect(page.getByTestId('timeline')).toContainText('ช่างเปลี่ยนท่อให้แล้วครับ');
  await expect(page.getByTestId('timeline')).not.toContainText('after 5 pm');
  await expect(page.getByTestId('internal-note')).toHaveCount(0);
  await screenshots(page, 'service-request-resident');
  await inThai(page, 'service-request-resident');
  await page.getByRole('button', { name: 'Close and rate' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.mantine-Rating-symbolBody').last().click();
  await dialog.getByRole('textbox', { name: /Anything to add/ }).fill('Fast, thank you!');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('Closed');
  await expect(page.getByTestId('request-rating')).toHaveText('5 of 5');
  await page.goto('/service-requests');
  await expect(page.getByTestId('my-request').filter({ hasText: TITLE })).toContainText('Closed');
});
