/**
 * The test fixtures: the backend's URL from global-setup, a check that no
 * page logs a console error, and helpers to sign in and take screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

import { baseUrl, SCREENSHOTS, USERS } from './state';
import type { RoleName } from './state';

interface Fixtures {
  /** Console messages a test expects (e.g. the 401 of a wrong password); anything else fails it. */
  allowedConsoleErrors: RegExp[];
  consoleGuard: void;
}

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => use(baseUrl()),
  allowedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(message.text()))) {
            errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
          }
        });
        page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors, 'console errors on the pages of this test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Chromium's line for a fetch answered with `status` (expected 401s of a test). */
export function failedResource(status: number): RegExp {
  return new RegExp(`Failed to load resource: the server responded with a status of ${status}`);
}

export async function signIn(page: Page, role: RoleName): Promise<void> {
  const user = USERS[role];
  await signInWith(page, user.email, user.password);
}

/** Sign in with an email or a phone number, as a person types it. */
export async function signInWith(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email or phone number' }).fill(identifier);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Someone new to the app (or to a new version of the notice) accepts it first.
  const menu = page.getByTestId('user-menu');
  const notice = page.getByRole('heading', { name: 'Privacy notice', level: 1 });
  await expect(menu.or(notice)).toBeVisible();
  if (await notice.isVisible()) await acceptPrivacyNotice(page);
  await expect(menu).toBeVisible();
}

/** The privacy notice shown at sign-in: tick "I have read it", accept. */
export async function acceptPrivacyNotice(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'I have read the privacy notice' }).check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

export function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main menu' });
}

/**
 * Screenshots of the current page at a desktop and a 375 px phone width (light
 * theme) into artifacts/screenshots; on the phone, the page must not scroll sideways.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.waitForLoadState('networkidle');
  // A notification from an earlier step is not part of the page.
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  // From the top: a full-page picture of a scrolled page draws the fixed header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.waitForTimeout(300); // layout settles (AppShell switches to its mobile navbar)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
}
