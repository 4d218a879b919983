/**
 * The audit log answers "who changed this?": names instead of ids, every
 * action labelled, details as sentences, a person filter and date pickers,
 * in English and in Thai (Buddhist-era years). Also the masked national ID.
 */
import type { Page } from '@playwright/test';

import { apiAs, failSignIn } from './support/api';
import { expect, screenshots, signIn, test } from './support/fixtures';
import { baseUrl, USERS } from './support/state';

/** How many actions the backend's OpenAPI document lists (AuditAction): the filter offers each. */
async function auditActionCount(): Promise<number> {
  const spec = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as {
    components: { schemas: { AuditAction: { enum: string[] } } };
  };
  return spec.components.schemas.AuditAction.enum.length;
}

const PERSON = { name: 'Somchai Jaidee', typo: 'Somchai Jaideee', email: 'somchai.jaidee@example.com' };

function events(page: Page) {
  return page.getByTestId('audit-event');
}

function event(page: Page, action: string) {
  return page.locator(`[data-testid="audit-event"][data-action="${action}"]`);
}

test('who changed what: names, labels and sentences, filtered by person, in English and Thai', async ({ page, request }) => {
  // A resident is created with a typo in the name, renamed and promoted, then locks
  // the account with five wrong passwords; someone tries an address no account has.
  const admin = await apiAs(request, 'super_admin');
  const { id } = (await admin.post('/api/v1/users', {
    email: PERSON.email,
    full_name: PERSON.typo,
    password: 'Jaidee-2026-pass',
    role: 'resident',
    phone: '+66897654321',
    national_id: '1101700230708',
  })) as { id: number };
  await admin.patch(`/api/v1/users/${id}`, { full_name: PERSON.name, role: 'village_admin' });
  await failSignIn(request, PERSON.email, 5);
  await failSignIn(request, 'nobody.here@example.com');

  await signIn(page, 'super_admin');
  await page.goto('/audit');
  await expect(events(page).first()).toBeVisible();

  // The person filter: part of a name, searched once typing settles, kept in the URL.
  await page.getByRole('searchbox', { name: 'Person' }).fill('Jaidee');
  await expect(page).toHaveURL(/q=Jaidee/);
  await expect(event(page, 'account_locked')).toBeVisible();
  // Every event shown is by or about them (waits for the filtered list, not a snapshot of the old one).
  await expect(events(page).filter({ hasNotText: 'Jaidee' })).toHaveCount(0);

  const roleChanged = event(page, 'role_changed');
  await expect(roleChanged).toContainText('Role changed');
  await expect(roleChanged).toContainText(USERS.super_admin.name); // by
  await expect(roleChanged).toContainText(USERS.super_admin.email);
  await expect(roleChanged.getByTestId('audit-details')).toHaveText('Role: Resident → Village admin');
  await expect(event(page, 'user_updated').getByTestId('audit-details')).toContainText(`Name: ${PERSON.typo} → ${PERSON.name}`);
  await expect(event(page, 'user_created').getByTestId('audit-details')).toContainText('Phone: 089-765-4321');
  await expect(event(page, 'user_created').getByTestId('audit-details')).toContainText('National ID: *********0708');
  await expect(event(page, 'account_locked')).toContainText('Locked for 1 minute after 5 failed sign-ins');
  await expect(event(page, 'login_failed')).toHaveCount(5);
  await expect(event(page, 'login_failed').first()).toContainText('Wrong password');
  await expect(page.getByRole('table', { name: 'Audit events' })).not.toContainText('{'); // no JSON

  // The action filter offers every action, grouped; picking one narrows the list.
  await page.getByRole('combobox', { name: 'Action' }).click();
  await expect(page.getByRole('option')).toHaveCount(await auditActionCount());
  await page.getByRole('option', { name: 'Role changed' }).click();
  await expect(page).toHaveURL(/action=role_changed/);
  await expect(events(page)).toHaveCount(1);

  // A session is named by its owner; a failed sign-in without an account by nobody.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/q=|action=/);
  await page.getByRole('searchbox', { name: 'Person' }).fill(USERS.super_admin.name);
  await expect(event(page, 'login_succeeded').first()).toContainText(`${USERS.super_admin.name}'s sign-in session`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Action' }).fill('Sign-in failed');
  await page.getByRole('option', { name: 'Sign-in failed' }).click();
  await expect(events(page).filter({ hasText: 'Unknown account' })).toContainText('Unknown person');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Thai: labels, sentences and Buddhist-era dates, in the date picker too.
  await page.locator('label', { hasText: 'ไทย' }).click();
  await page.getByRole('searchbox', { name: 'บุคคล' }).fill('Jaidee');
  await expect(page).toHaveURL(/q=Jaidee/);
  await expect(event(page, 'role_changed')).toContainText('เปลี่ยนบทบาท');
  await expect(event(page, 'role_changed').getByTestId('audit-details')).toHaveText('บทบาท: ลูกบ้าน → ผู้ดูแลหมู่บ้าน');
  await expect(event(page, 'account_locked')).toContainText('ล็อก 1 นาที หลังเข้าสู่ระบบผิด 5 ครั้ง');
  await expect(event(page, 'login_failed').first()).toContainText('รหัสผ่านไม่ถูกต้อง');
  await expect(page.getByRole('columnheader', { name: 'การกระทำ' })).toBeVisible();

  const today = new Date();
  const buddhistYear = String(today.getFullYear() + 543);
  await page.getByRole('button', { name: 'ตั้งแต่', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText(buddhistYear);
  await page.getByRole('dialog').getByRole('button', { name: new RegExp(`^${today.getDate()} .* ${buddhistYear}$`) }).click();
  const isoDay = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await expect(page).toHaveURL(new RegExp(`since=${isoDay}`));
  await expect(page.getByRole('button', { name: 'ตั้งแต่', exact: true })).toContainText(buddhistYear);
  await expect(event(page, 'role_changed')).toBeVisible(); // today's events still match
  await screenshots(page, 'audit-thai');

  // The same view in English: the year goes back to the Gregorian one.
  await page.locator('label', { hasText: 'EN' }).click();
  await expect(page.getByRole('button', { name: 'From', exact: true })).toContainText(String(today.getFullYear()));
  await expect(event(page, 'role_changed')).toContainText('Role: Resident → Village admin');
  await screenshots(page, 'audit-person');

  // From the user's page, their history is one click away.
  await page.goto(`/users/${id}`);
  await page.getByRole('link', { name: 'Audit history' }).click();
  await expect(page).toHaveURL(/\/audit\?q=Somchai\+Jaidee/);
  await expect(page.getByRole('searchbox', { name: 'Person' })).toHaveValue(PERSON.name);
  await expect(event(page, 'role_changed')).toBeVisible();

  // The user is deleted; the trail keeps their name.
  await admin.delete(`/api/v1/users/${id}`);
  await page.reload();
  await expect(event(page, 'user_deleted')).toContainText(PERSON.name);
  await expect(event(page, 'user_deleted').getByTestId('audit-details')).toContainText('Role: Village admin');
});

test('the national ID is masked; Show reveals it to those who may edit the account, and the edit form never sends the mask', async ({
  page,
  request,
}) => {
  const admin = await apiAs(request, 'super_admin');
  const { id } = (await admin.post('/api/v1/users', {
    email: 'wanna.id@example.com',
    full_name: 'Wanna Masked',
    password: 'Wanna-2026-pass',
    role: 'resident',
    phone: '0812345678',
    national_id: '1101700230708',
  })) as { id: number };

  await signIn(page, 'village_admin');
  await page.goto(`/users/${id}`);
  await expect(page.getByTestId('national-id')).toHaveText('*********0708');
  await expect(page.getByTestId('user-phone')).toHaveText('081-234-5678');
  await screenshots(page, 'user-detail-masked');
  await page.getByRole('button', { name: 'Show the full national ID number' }).click();
  await expect(page.getByTestId('national-id')).toHaveText('1-1017-00230-70-8');
  await screenshots(page, 'user-detail-revealed');
  await page.getByRole('button', { name: 'Hide the national ID number' }).click();
  await expect(page.getByTestId('national-id')).toHaveText('*********0708');
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.getByRole('button', { name: 'แสดงเลขประจำตัวประชาชนแบบเต็ม' })).toHaveText('แสดง');
  await screenshots(page, 'user-detail-thai');
  await page.locator('label', { hasText: 'EN' }).click();

  // Editing another field leaves the number alone: the PATCH does not carry it.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const nationalId = page.getByRole('textbox', { name: 'National ID' });
  await expect(nationalId).toHaveValue('');
  await expect(nationalId).toHaveAttribute('placeholder', '*********0708');
  await page.getByRole('textbox', { name: 'Address' }).fill('7/7 Soi Ruamjai');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('7/7 Soi Ruamjai')).toBeVisible();
  await page.getByRole('button', { name: 'Show the full national ID number' }).click();
  await expect(page.getByTestId('national-id')).toHaveText('1-1017-00230-70-8');
  const updates = (await admin.get(`/api/v1/audit-events?action=user_updated&target_type=user&target_id=${id}`)) as {
    items: { details: { changes: Record<string, unknown> } }[];
  };
  expect(updates.items.map((item) => Object.keys(item.details.changes))).toEqual([['address']]);

  // An accounting admin reads the list but may not edit: the mask, no Show.
  await page.context().clearCookies();
  await signIn(page, 'accounting_admin');
  await page.goto(`/users/${id}`);
  await expect(page.getByTestId('national-id')).toHaveText('*********0708');
  await expect(page.getByRole('button', { name: 'Show the full national ID number' })).toHaveCount(0);

  await admin.delete(`/api/v1/users/${id}`);
});
