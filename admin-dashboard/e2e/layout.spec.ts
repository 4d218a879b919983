/**
 * What a person sees regardless of the page: Thai in the shipped web font
 * (never boxes), whole badges and one-line headers at 1024 px, notifications
 * clear of the header, and a resident's own house on their page.
 */
import type { Locator, Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, nav, screenshots, signIn, test } from './support/fixtures';
import { USERS } from './support/state';

async function useThai(page: Page) {
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
}

/** The fonts Chromium actually drew a node's text with (DevTools protocol), not just the CSS asked for. */
async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('Thai text is drawn with the Noto Sans Thai the dashboard ships, from its own origin', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.goto('/sign-in');
  await useThai(page);
  const heading = page.getByRole('heading', { name: 'เข้าสู่ระบบ' });
  await expect(heading).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  const loaded = await page.evaluate(() => {
    const faces: string[] = [];
    document.fonts.forEach((face) => {
      if (face.family.replace(/"/g, '') === 'Noto Sans Thai') faces.push(face.status);
    });
    return {
      check: document.fonts.check('16px "Noto Sans Thai"', 'ก'),
      faces,
      family: getComputedStyle(document.querySelector('h1, h2')!).fontFamily,
    };
  });
  expect(loaded.check).toBe(true);
  expect(loaded.faces).toContain('loaded');
  expect(loaded.family).toMatch(/^"Noto Sans Thai"/);
  // Drawn with it, not with a Thai system font (this machine has some).
  const fonts = await renderedFonts(page, 'h1, h2');
  expect(fonts).toContainEqual(expect.objectContaining({ familyName: 'Noto Sans Thai', isCustomFont: true }));
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
});

/** No badge shows an ellipsis and no header text takes two lines. */
async function expectWholeBadgesAndHeaders(page: Page, table: Locator) {
  const problems = await table.evaluate((element) => {
    const found: string[] = [];
    for (const badge of Array.from(element.querySelectorAll<HTMLElement>('.mantine-Badge-root, .mantine-Badge-label'))) {
      if (badge.scrollWidth > badge.clientWidth + 1) found.push(`badge cut: ${badge.textContent}`);
    }
    for (const header of Array.from(element.querySelectorAll<HTMLElement>('th'))) {
      const text = header.querySelector<HTMLElement>('p, span') ?? header;
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
      if (text.getBoundingClientRect().height > lineHeight * 1.5) found.push(`header wraps: ${header.textContent}`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}

test('at 1024 px badges are whole and headers stay on one line, in Thai and English', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'super_admin');
  await nav(page).getByRole('link', { name: 'Users' }).click();
  const table = page.getByRole('table'); // named in the page's language
  await expect(table.getByText(USERS.accounting_admin.name)).toBeVisible();
  await expectWholeBadgesAndHeaders(page, table);
  await useThai(page);
  await expect(table.getByText('ผู้ดูแลการเงิน')).toBeVisible(); // the accounting role, not "บัญชี" (an account)
  await expectWholeBadgesAndHeaders(page, table);
  // The page itself never scrolls sideways at this width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'artifacts/screenshots/users-thai-1024.png', fullPage: true });
});

/** Two boxes overlap when neither is fully beside the other. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('a resident sees their house, and notifications never cover the header, on a phone and a desktop', async ({ page, request }) => {
  const admin = await apiAs(request, 'super_admin');
  const { items } = (await admin.get(`/api/v1/users?q=${encodeURIComponent(USERS.resident.email)}`)) as { items: { id: number }[] };
  const residentId = items[0]!.id;

  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'resident');
  await expect(page.getByTestId('my-house-none')).toContainText('No house is linked to your account yet.');

  // The office adds the house and the resident as its owner.
  const house = (await admin.post('/api/v1/houses', { house_number: '88/12', zone: 'A', land_area_sq_wah: 52.5 })) as { id: number };
  await admin.post(`/api/v1/houses/${house.id}/members`, { user_id: residentId, relation: 'owner' });
  await page.reload();
  await expect(page.getByTestId('my-house')).toHaveText('House 88/12');
  await expect(page.getByTestId('my-house-member')).toContainText(USERS.resident.name);
  await expect(page.getByTestId('my-house-member')).toContainText('(You)');

  // On a phone the menu is behind the burger.
  await page.getByRole('button', { name: 'Open or close the menu' }).click();
  await nav(page).getByRole('link', { name: 'My account' }).click();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole('textbox', { name: 'Full name' }).fill(width === 375 ? 'Nok Resident-Renamed' : USERS.resident.name);
    await page.getByRole('button', { name: 'Save profile' }).click();
    const toast = page.getByRole('alert').filter({ hasText: 'Your profile was saved.' });
    await expect(toast).toBeVisible();
    const header = await page.locator('header').boundingBox();
    const box = await toast.boundingBox();
    expect(overlaps(box!, header!), `the notification covers the header at ${width} px`).toBe(false);
    await page.screenshot({ path: `artifacts/screenshots/notification-${width}.png` });
    // The language switch stays usable while the notification shows.
    await page.locator('label', { hasText: 'ไทย' }).click({ trial: true });
    await page.getByRole('alert').filter({ hasText: 'Your profile was saved.' }).getByRole('button').click();
    await expect(toast).toHaveCount(0);
  }

  await page.goto('/my-home');
  await useThai(page);
  await expect(page.getByTestId('my-house')).toHaveText('บ้านเลขที่ 88/12');
  await screenshots(page, 'my-home-thai');
  await page.locator('label', { hasText: 'EN' }).click();
  await admin.delete(`/api/v1/houses/${house.id}/members/${((await admin.get(`/api/v1/houses/${house.id}/members`)) as { id: number }[])[0]!.id}`);
  await admin.delete(`/api/v1/houses/${house.id}`);
});
