/**
 * The village registry end to end, as the office and a resident live it:
 * the office imports houses from a spreadsheet, adds an owner by phone and
 * prints invitation letters; the owner sets a password from the letter's
 * link, signs in with the phone number and sees their house and nothing else.
 * Also: the first-password change, the join-request queue, English and Thai.
 */
import type { Page } from '@playwright/test';

import { apiAs } from './support/api';
import { acceptPrivacyNotice, expect, failedResource, nav, screenshots, signIn, signInWith, test } from './support/fixtures';
import { SCREENSHOTS } from './support/state';

const HEADER = 'house_number,plot_number,zone,land_area_sq_wah,plot_type,occupancy,owner_name,owner_phone,owner_email';
const GOOD_CSV = [
  HEADER,
  '55/1,P-101,B,50.25,residential,occupied,,,',
  '55/2,P-102,B,62,residential,vacant,,,',
  '55/3,P-103,C,48.5,commercial,under_construction,Wichai Trader,,wichai.trader@example.com',
].join('\r\n');
// Excel users make mistakes: an area in words and an unknown occupancy.
const BAD_CSV = GOOD_CSV.replace('50.25', 'fifty').replace('vacant,', 'empty,');
const OWNER = { name: 'Pranee Owner', typed: '081-555-0199', signIn: '0815550199', password: 'Pranee-own-2026' };

function csv(name: string, text: string) {
  // With a BOM, as Excel saves "CSV UTF-8".
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') };
}

async function inThai(page: Page, name: string) {
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await screenshots(page, `${name}-thai`);
  await page.locator('label', { hasText: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the sign-in page: one field for an email or a phone number, and a way to sign up', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Email or phone number' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Sign up' })).toBeVisible();
  await screenshots(page, 'sign-in');
  await inThai(page, 'sign-in');
  await page.getByRole('link', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Sign up' })).toBeVisible();
  await expect(page.getByTestId('password-policy')).toBeVisible();
  await screenshots(page, 'sign-up');
});

test.describe.serial('the office and a resident', { tag: '@sqlite' }, () => {
  let letterUrl = '';

  test.describe('the office', () => {
    test.use({ allowedConsoleErrors: [failedResource(409)] }); // the delete refused for a house with history

    test('imports houses, adds an owner by phone and prints letters', async ({ page }) => {
      await signIn(page, 'village_admin');

      // The village's names head the letters.
      await nav(page).getByRole('link', { name: 'Village' }).click();
      await page.getByRole('textbox', { name: 'Name in Thai' }).fill('หมู่บ้านร่มไม้');
      await page.getByRole('textbox', { name: 'Name in English' }).fill('Rom Mai Village');
      await page.getByRole('textbox', { name: 'Phone' }).fill('021234567');
      await page.getByRole('button', { name: 'Save the profile' }).click();
      await expect(page.getByText('The village profile was saved.')).toBeVisible();
      await screenshots(page, 'village');

      // Import: a file with mistakes is checked and refused row by row, nothing written.
      await nav(page).getByRole('link', { name: 'Houses' }).click();
      await page.getByRole('link', { name: 'Import' }).click();
      await expect(page.getByRole('heading', { name: 'Import houses', level: 1 })).toBeVisible();
      await page.locator('input[type="file"]').setInputFiles(csv('register.csv', BAD_CSV));
      await page.getByRole('button', { name: 'Check the file' }).click();
      const errors = page.getByTestId('import-errors');
      await expect(errors.locator('tbody tr')).toHaveCount(2);
      await expect(errors.locator('tbody tr').first()).toContainText('2');
      await expect(errors.locator('tbody tr').first()).toContainText('land_area_sq_wah');
      await expect(errors).toContainText('occupancy');
      await expect(page.getByRole('button', { name: /^Import \d+ houses?$/ })).toHaveCount(0);
      await screenshots(page, 'import-report-errors');

      // The corrected file: a dry run says what would happen, then the import does it.
      await page.getByRole('button', { name: 'Choose another file' }).click();
      await page.locator('input[type="file"]').setInputFiles(csv('register.csv', GOOD_CSV));
      await page.getByRole('button', { name: 'Check the file' }).click();
      await expect(page.getByTestId('import-created')).toHaveText('3');
      await expect(page.getByTestId('import-updated')).toHaveText('0');
      await expect(page.getByText('No problems found.')).toBeVisible();
      await screenshots(page, 'import-report');
      await inThai(page, 'import-report');
      await page.getByRole('button', { name: 'Import 3 houses' }).click();
      await expect(page.getByTestId('import-done')).toContainText('3 added, 0 updated, 0 unchanged.');

      // The list: filters kept in the URL.
      await page.getByRole('link', { name: 'Go to the houses' }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill('55/');
      await expect(page).toHaveURL(/q=55%2F/);
      await expect(page.getByTestId('list-total')).toHaveText('3 houses');
      await page.getByRole('combobox', { name: 'Zone' }).click();
      await page.getByRole('option', { name: 'B', exact: true }).click();
      await expect(page).toHaveURL(/zone=B/);
      await expect(page.getByTestId('list-total')).toHaveText('2 houses');
      await page.reload();
      await expect(page.getByTestId('house-number')).toHaveText(['55/1', '55/2']);
      await screenshots(page, 'houses');
      await inThai(page, 'houses');

      // A house: add its owner by phone, a person with no account yet.
      await page.getByTestId('house-number').filter({ hasText: '55/1' }).click();
      await expect(page.getByRole('heading', { name: 'House 55/1', level: 1 })).toBeVisible();
      await expect(page.getByTestId('house-balance')).toHaveText('฿0.00');
      await page.getByRole('button', { name: 'Add member' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('A new person').click();
      await dialog.getByRole('textbox', { name: 'Full name' }).fill(OWNER.name);
      await dialog.getByRole('textbox', { name: 'Phone' }).fill(OWNER.typed);
      await dialog.getByRole('button', { name: 'Add member' }).click();
      await expect(page.getByText(`${OWNER.name} was added to house 55/1.`)).toBeVisible();
      const member = page.getByTestId('member-row').filter({ hasText: OWNER.name });
      await expect(member).toContainText('081-555-0199');
      await expect(member.getByTestId('primary-contact')).toBeVisible(); // the first member is the bill-to person
      await expect(member).toContainText('No password yet');
      await expect(page.getByRole('dialog')).toHaveCount(0); // closed, not fading over the page
      await screenshots(page, 'house');
      await inThai(page, 'house');

      // The owner's own page: no password yet, so the office may hand them a set-password link (shown once).
      await member.getByTestId('member-name').click();
      await expect(page.getByRole('heading', { name: OWNER.name, level: 1 })).toBeVisible();
      await expect(page.getByTestId('user-password-state')).toHaveText('None yet: give them a set-password link');
      await expect(page.getByTestId('user-houses')).toHaveText('55/1');
      await page.getByRole('button', { name: 'Set-password link' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Make a link' }).click();
      const link = page.getByTestId('set-password-link');
      await expect(link.getByRole('img')).toBeVisible();
      await expect(link.getByRole('textbox')).toHaveValue(/\/set-password#token=/);
      await page.keyboard.press('Escape');
      await page.goBack();
      await expect(page.getByRole('heading', { name: 'House 55/1', level: 1 })).toBeVisible();

      // A house with members has history: it cannot be deleted, only archived.
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByTestId('has-history')).toContainText('Archive it instead');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

      // Letters for the two houses with owners: one page each, in Thai, with a QR code.
      await nav(page).getByRole('link', { name: 'Houses' }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill('55/');
      await expect(page).toHaveURL(/q=55%2F/);
      await expect(page.getByTestId('list-total')).toHaveText('3 houses');
      await page.getByRole('checkbox', { name: 'Select house 55/1' }).check();
      await page.getByRole('checkbox', { name: 'Select house 55/3' }).check();
      await expect(page.getByTestId('selection-bar')).toContainText('2 houses selected');
      await page.getByTestId('selection-bar').getByRole('button', { name: 'Invitation letters' }).click();
      await page.getByRole('button', { name: 'Make the letters' }).click();
      await expect(page.getByTestId('letters-ready')).toHaveText('2 letters ready to print.');
      const letter = page.getByTestId('letter').filter({ hasText: 'บ้านเลขที่ 55/1' });
      await expect(letter).toContainText('หมู่บ้านร่มไม้');
      await expect(letter).toContainText(OWNER.name);
      await expect(letter).toContainText('เข้าสู่ระบบด้วย: 081-555-0199');
      await expect(letter.getByTestId('letter-expiry')).toContainText(/25\d\d/); // a Buddhist-era year
      const qr = letter.locator('img');
      await expect(qr).toBeVisible();
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      letterUrl = (await letter.getByTestId('letter-url').textContent()) ?? '';
      expect(letterUrl).toMatch(/\/set-password#token=[\w-]{16,}$/);

      // Print: the button opens the browser's dialog; on paper, only the letters, one page per house.
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
      // A picture of the first page: A4 at 96 dpi, the @page margins drawn as padding (a screenshot has no pages).
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.addStyleTag({ content: '@media print { body { padding: 16mm } }' });
      await page.screenshot({ path: `${SCREENSHOTS}/letter-print.png` });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshots(page, 'letters');
    });
  });

  test.describe('the owner', () => {
    // The second use of the letter's link is refused (401), on purpose.
    test.use({ allowedConsoleErrors: [failedResource(401), failedResource(404)] });

    test('sets a password from the letter, signs in by phone and sees only their house', async ({ browser, request }) => {
      // The owner's phone: a fresh browser, 375 px wide.
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      await page.goto(new URL(letterUrl).pathname + new URL(letterUrl).hash);
      await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
      await expect(page).not.toHaveURL(/token=/); // the token leaves the address bar at once
      await expect(page.getByTestId('password-policy')).toBeVisible();
      await page.getByRole('textbox', { name: 'New password', exact: true }).fill(OWNER.password);
      await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(OWNER.password);
      await page.getByRole('button', { name: 'Set my password' }).click();
      await expect(page.getByTestId('password-set')).toBeVisible();

      // The sign-in page on a phone, then signing in with the phone number as written on the letter.
      await page.screenshot({ path: `${SCREENSHOTS}/sign-in-password-set-phone.png`, fullPage: true });
      await signInWith(page, OWNER.signIn, OWNER.password);
      await expect(page).toHaveURL(/\/my-home$/);
      await expect(page.getByTestId('my-house-card')).toHaveCount(1);
      await expect(page.getByTestId('my-house')).toHaveText('House 55/1');
      await expect(page.getByTestId('my-house-member')).toContainText(`${OWNER.name}`);
      await expect(page.getByTestId('my-house-member')).toContainText('(You)');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/my-home-phone.png`, fullPage: true });
      await page.locator('label', { hasText: 'ไทย' }).click();
      await expect(page.getByTestId('my-house')).toHaveText('บ้านเลขที่ 55/1');
      await page.screenshot({ path: `${SCREENSHOTS}/my-home-thai-phone.png`, fullPage: true });
      await page.locator('label', { hasText: 'EN' }).click();

      // The village's page reads well on the phone too (read-only for a resident).
      await page.goto('/village');
      await expect(page.getByText('Only the village admins and super admins may change these.')).toBeVisible();
      await expect(page.getByText('หมู่บ้านร่มไม้').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      // Another house is not theirs: the API answers 404, the page says so.
      const admin = await apiAs(request, 'super_admin'); // its own cookie jar, not the owner's browser
      const { items } = (await admin.get('/api/v1/houses?q=55%2F2')) as { items: { id: number }[] };
      await page.goto(`/houses/${items[0]!.id}`);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

      // The letter's link worked once.
      await page.goto(new URL(letterUrl).pathname + new URL(letterUrl).hash);
      await page.getByRole('textbox', { name: 'New password', exact: true }).fill('Another-pass-2026');
      await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('Another-pass-2026');
      await page.getByRole('button', { name: 'Set my password' }).click();
      await expect(page.getByTestId('link-invalid')).toContainText('Ask the estate office for a new one.');
      await context.close();
    });
  });
});

test('a first password from the office must be replaced before anything else', async ({ page, request }) => {
  const admin = await apiAs(request, 'village_admin');
  const email = 'first.password@example.com';
  await admin.post('/api/v1/users', { full_name: 'Kanya First', email, password: 'Office-gave-2026', role: 'resident' });
  await signInWithoutMenu(page, email, 'Office-gave-2026');
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'The password from the office' }).fill('Office-gave-2026');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('Kanya-own-2026');
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('Kanya-own-2026');
  await page.getByRole('button', { name: 'Save my password' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy notice', level: 1 })).toBeVisible(); // then the notice
  await acceptPrivacyNotice(page);
  await expect(page.getByRole('heading', { name: 'My home', level: 1 })).toBeVisible();
  await expect(nav(page).getByRole('link')).toHaveText(['My home', 'My bills', 'Service requests', 'Announcements', 'Village', 'My data', 'My account']);
});

async function signInWithoutMenu(page: Page, identifier: string, password: string) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email or phone number' }).fill(identifier);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('join requests', () => {
  test.use({ allowedConsoleErrors: [failedResource(404)] }); // approving into a house number that does not exist

  test('the office approves a sign-up into the house named, or picks the right one', async ({ page, request }) => {
    for (const [name, phone, house] of [
      ['Malai Tenant', '0816660001', '55/2'],
      ['Somsak Typo', '0816660002', '55/99'],
    ] as const) {
      const response = await request.post('/auth/register', {
        data: { full_name: name, phone, password: 'Signup-pass-2026', house_number: house, relation: 'tenant' },
      });
      expect(response.status()).toBe(201);
    }
    await signIn(page, 'village_admin');
    await nav(page).getByRole('link', { name: 'Join requests' }).click();
    const malai = page.getByTestId('request-card').filter({ hasText: 'Malai Tenant' });
    await expect(malai).toContainText('55/2');
    await screenshots(page, 'join-requests');
    await malai.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Malai Tenant is now a member of house 55/2.')).toBeVisible();
    await expect(malai).toHaveCount(0);

    // No house 55/99: the office picks 55/3.
    const somsak = page.getByTestId('request-card').filter({ hasText: 'Somsak Typo' });
    await somsak.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'No house 55/99' });
    await dialog.getByRole('combobox', { name: 'House' }).fill('55/3');
    await page.getByRole('option', { name: '55/3' }).click();
    await dialog.getByRole('button', { name: 'Approve into this house' }).click();
    await expect(page.getByText('Somsak Typo is now a member of house 55/3.')).toBeVisible();
    await page.locator('label', { hasText: 'Approved' }).click();
    await expect(page.getByTestId('request-card').filter({ hasText: 'Somsak Typo' })).toContainText('55/99');
  });
});

test.describe('a house from start to archive', () => {
  test.use({ allowedConsoleErrors: [failedResource(409)] }); // the delete refused once the house has history

  test('is added and edited through its form, gets members, keeps history, and is archived and restored', async ({ page }) => {
    await signIn(page, 'village_admin');
    await nav(page).getByRole('link', { name: 'Houses' }).click();
    await page.getByRole('link', { name: 'New house' }).click();
    await page.getByRole('textbox', { name: 'House number' }).fill('77/7');
    await page.getByRole('textbox', { name: 'Land area (sq. wah)' }).fill('40.5');
    await page.getByRole('button', { name: 'Add house' }).click();
    await expect(page.getByRole('heading', { name: 'House 77/7', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('textbox', { name: 'Usable area (m²)' }).fill('120');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('120 m²')).toBeVisible();

    // An existing person, found by name on the server; then a new one by email as the owner and primary contact.
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByRole('button', { name: 'Add member' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Person' }).fill('Nok');
    await page.getByRole('option', { name: /Nok Resident/ }).click();
    await dialog.getByRole('combobox', { name: 'Relation' }).click();
    await page.getByRole('option', { name: 'Tenant' }).click();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByTestId('member-row').filter({ hasText: 'Nok Resident' })).toContainText('Tenant');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await members.getByRole('button', { name: 'Add member' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('A new person').click();
    await dialog.getByRole('textbox', { name: 'Full name' }).fill('Chai Landlord');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('chai.landlord@example.com');
    await dialog.getByRole('checkbox', { name: /Primary contact/ }).check();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    const chai = page.getByTestId('member-row').filter({ hasText: 'Chai Landlord' });
    await expect(chai.getByTestId('primary-contact')).toBeVisible();
    const nok = page.getByTestId('member-row').filter({ hasText: 'Nok Resident' });
    await expect(nok.getByTestId('primary-contact')).toHaveCount(0);

    // Nok becomes family, then moves out: history, shown with the toggle.
    await page.getByRole('button', { name: 'Actions for Nok Resident' }).click();
    await page.getByRole('menuitem', { name: 'Family' }).click();
    await expect(nok).toContainText('Family');
    await page.getByRole('button', { name: 'Actions for Nok Resident' }).click();
    await page.getByRole('menuitem', { name: 'Moved out…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Record the move-out' }).click();
    await expect(page.getByText('Nok Resident moved out; the membership is kept as history.')).toBeVisible();
    await expect(nok).toHaveCount(0);
    await page.getByRole('switch', { name: 'Show past members' }).check();
    await expect(nok).toHaveAttribute('data-current', 'false');
    await expect(page.getByRole('button', { name: 'Actions for Nok Resident' })).toHaveCount(0); // history does not change

    // Chai was a mistake: removed. The house still has history, so it is archived, not deleted.
    await page.getByRole('button', { name: 'Actions for Chai Landlord' }).click();
    await page.getByRole('menuitem', { name: 'Remove (added by mistake)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove (added by mistake)' }).click();
    await expect(chai).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'House 77/7 cannot be deleted' }).getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByTestId('house-archived')).toBeVisible();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByTestId('house-archived')).toHaveCount(0);
  });
});
