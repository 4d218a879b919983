/**
 * Privacy (PDPA) end to end: a new resident must accept the privacy notice before
 * anything else, downloads everything held about them, and asks for erasure; the
 * office sees the request and completes it by erasing (anonymising) the person.
 * (Named to run after roles.spec.ts, which counts the accounts, and users-crud.spec.ts,
 * which sorts them by name: the erased person's Thai name would come first.)
 */
import { readFileSync } from 'node:fs';

import { expect, failedResource, nav, screenshots, signIn, signOut, test } from './support/fixtures';

const PERSON = { name: 'Pim Privacy', email: 'pim.privacy@example.com', password: 'Pim-Privacy-2026' };

test.use({ allowedConsoleErrors: [failedResource(401)] }); // the erased person's sign-in, refused

test('a resident accepts the notice, downloads their data and asks for erasure; the office erases them', { tag: '@sqlite' }, async ({ page, request }) => {
  const registered = await request.post('/auth/register', {
    data: { full_name: PERSON.name, email: PERSON.email, password: PERSON.password },
  });
  expect(registered.status()).toBe(201);

  // Signing in: the privacy notice, and nothing else of the app, until it is accepted.
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email or phone number' }).fill(PERSON.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PERSON.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy notice', level: 1 })).toBeVisible();
  await expect(page.getByText('Personal Data Protection Act B.E. 2562')).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  const accept = page.getByRole('button', { name: 'Accept and continue' });
  await expect(accept).toBeDisabled();
  await screenshots(page, 'privacy-notice');
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.getByRole('heading', { name: 'ประกาศความเป็นส่วนตัว' })).toBeVisible();
  await expect(page.getByText('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562').first()).toBeVisible();
  await screenshots(page, 'privacy-notice-thai');
  await page.locator('label', { hasText: 'EN' }).click();
  await page.getByRole('checkbox', { name: 'I have read the privacy notice' }).check();
  await accept.click();
  await expect(page.getByTestId('user-menu')).toBeVisible();

  // My data: the download is a JSON file of everything held about them.
  await nav(page).getByRole('link', { name: 'My data' }).click();
  await expect(page.getByRole('heading', { name: 'My data', level: 1 })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    parts: { profile: { email: string; full_name: string }; privacy_notice_acceptances: { version: number }[] };
  };
  expect(exported.parts.profile).toMatchObject({ email: PERSON.email, full_name: PERSON.name });
  expect(exported.parts.privacy_notice_acceptances).toHaveLength(1);

  // An erasure request, with details; it waits for the office, due in 30 days.
  await page.getByRole('combobox', { name: 'What do you ask for?' }).click();
  await page.getByRole('option', { name: 'Erase my data' }).click();
  await expect(page.getByText('Receipts and other financial documents keep your name')).toBeVisible();
  await page.getByRole('textbox', { name: 'Details' }).fill('ย้ายออกแล้ว ขอลบข้อมูลทั้งหมด');
  await page.getByRole('button', { name: 'Send the request' }).click();
  const mine = page.getByTestId('my-data-request');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Erase my data');
  await expect(mine).toContainText('Pending');
  await screenshots(page, 'my-data');
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.getByRole('heading', { name: 'ข้อมูลของฉัน', level: 1 })).toBeVisible();
  await screenshots(page, 'my-data-thai');
  await page.locator('label', { hasText: 'EN' }).click();
  await signOut(page);

  // The office: the request in the queue, then erase and close.
  await signIn(page, 'village_admin');
  await nav(page).getByRole('link', { name: 'Data requests' }).click();
  await expect(page.getByRole('heading', { name: 'Data requests', level: 1 })).toBeVisible();
  const card = page.getByTestId('data-request-card').filter({ hasText: PERSON.name });
  await expect(card).toContainText('Erase my data');
  await expect(card).toContainText('ย้ายออกแล้ว');
  await screenshots(page, 'data-requests');
  await card.getByRole('button', { name: 'Erase and close' }).click();
  await page.getByRole('textbox', { name: 'What was done' }).fill('Account anonymised on request.');
  await page.getByRole('dialog').getByRole('button', { name: 'Erase and close' }).click();
  const confirm = page.getByRole('dialog', { name: `Erase ${PERSON.name}’s personal data?` });
  await expect(confirm.getByRole('button', { name: 'Erase' })).toBeDisabled();
  await confirm.getByRole('textbox').fill(PERSON.name);
  await confirm.getByRole('button', { name: 'Erase' }).click();
  await expect(page.getByText('The person’s data was erased.')).toBeVisible();
  await expect(page.getByTestId('data-request-card').filter({ hasText: 'ย้ายออกแล้ว' })).toHaveCount(0);

  await page.locator('.mantine-SegmentedControl-root label', { hasText: 'Done' }).click();
  await expect(page).toHaveURL(/status=completed/);
  const done = page.getByTestId('data-request-card').filter({ hasText: 'ย้ายออกแล้ว' });
  await expect(done).toContainText('Account anonymised on request.');
  await expect(done).toContainText('ผู้ใช้ที่ถูกลบ #');

  // The person is gone: their email no longer signs anyone in.
  const login = await request.post('/auth/login', { data: { email: PERSON.email, password: PERSON.password } });
  expect(login.status()).toBe(401);
});
