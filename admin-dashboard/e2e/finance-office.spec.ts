/**
 * The office's common fee, end to end: the accountant sets the per-square-wah
 * rate and bills a month for three houses (50, 80 and 100 ตร.ว. at 20 THB →
 * 4,600.00); the village admin records cash at the office and the accountant,
 * a different person, confirms it and the receipt is issued.
 */
import type { Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, nav, screenshots, signIn, signOut, test } from './support/fixtures';

// A month of its own, far from what other tests bill, with a rate that ends with it.
const YEAR = 2031;

/** Choose a month in a month picker: open it, go to the year, click the month. */
async function pickMonth(page: Page, label: string, year: number, month: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dropdown = page.locator('.mantine-MonthPickerInput-dropdown, .mantine-Popover-dropdown').last();
  const levelControl = dropdown.locator('.mantine-MonthPickerInput-calendarHeaderLevel, [class*=calendarHeaderLevel]').first();
  await expect(levelControl).toBeVisible();
  for (let i = 0; i < 20 && (await levelControl.innerText()).trim() !== String(year); i += 1) {
    const shown = Number((await levelControl.innerText()).trim());
    await dropdown.getByRole('button', { name: shown < year ? 'Next year' : 'Previous year' }).click();
  }
  await expect(levelControl).toHaveText(String(year));
  await dropdown.getByRole('button', { name: month, exact: true }).click();
}

test('the accountant sets a per-square-wah rate and bills a month for three houses: 4,600.00', async ({ page, request }) => {
  const office = await apiAs(request, 'village_admin');
  const houses = [
    ['FO-50', 50],
    ['FO-80', 80],
    ['FO-100', 100],
  ] as const;
  for (const [number, area] of houses) await office.post('/api/v1/houses', { house_number: number, land_area_sq_wah: area });

  await signIn(page, 'accounting_admin');
  await nav(page).getByRole('link', { name: 'Fees and rates' }).click();
  await expect(page.getByRole('heading', { name: 'Fees and rates', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Rates of/ })).toBeVisible();

  // The rate the meeting set: 20 THB per square wah a month, for this month only.
  await page.getByRole('button', { name: 'New rate' }).click();
  const form = page.getByTestId('schedule-form');
  await expect(form.getByRole('combobox', { name: 'Basis' })).toHaveValue('Per square wah');
  await form.getByRole('textbox', { name: /Rate per square wah a month/ }).fill('20');
  await pickMonth(page, 'From month', YEAR, 'Jan');
  await pickMonth(page, 'Until month', YEAR, 'Jan');
  await form.getByRole('textbox', { name: /Meeting resolution/ }).fill('AGM 1/2574, agenda 3');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Rate saved.')).toBeVisible();
  const row = page.getByTestId('schedules-table').getByRole('row').filter({ hasText: 'AGM 1/2574' });
  await expect(row).toContainText('20.00');
  await expect(row).toContainText('January 2031 – January 2031');

  // Bill that month for the three houses: the preview, then the posted run.
  await nav(page).getByRole('link', { name: 'Billing runs' }).click();
  await page.getByRole('link', { name: 'Bill a month' }).click();
  await expect(page.getByRole('heading', { name: 'Bill a month', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Clear Month' }).click();
  await pickMonth(page, 'Month', YEAR, 'Jan');
  const picker = page.getByTestId('house-multiselect');
  for (const [number] of houses) {
    await picker.fill(number);
    await page.getByRole('option', { name: number, exact: true }).click();
  }
  await picker.press('Escape');
  await expect(page.getByRole('option')).toHaveCount(0);
  await page.getByTestId('make-preview').click();

  const preview = page.getByTestId('preview-table');
  await expect(preview.getByTestId('preview-row')).toHaveCount(3);
  await expect(preview.getByTestId('preview-row').filter({ hasText: 'FO-50' })).toContainText('1,000.00');
  await expect(preview.getByTestId('preview-row').filter({ hasText: 'FO-80' })).toContainText('1,600.00');
  await expect(preview.getByTestId('preview-row').filter({ hasText: 'FO-100' })).toContainText('2,000.00');
  await expect(page.getByTestId('preview-total')).toHaveText('4,600.00');
  await screenshots(page, 'finance-billing-preview');

  await page.getByTestId('post-run').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('4,600.00');
  await dialog.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByTestId('run-posted')).toContainText('3 invoices issued, total 4,600.00 THB');
  await expect(page.getByTestId('preview-total')).toHaveText('4,600.00');

  // The invoices of that month, in the list.
  await page.getByRole('link', { name: 'See the invoices' }).click();
  const invoices = page.getByTestId('invoices-table');
  await expect(invoices.getByTestId('invoice-number')).toHaveCount(3);
  await expect(invoices.getByRole('row').filter({ hasText: 'FO-80' })).toContainText('1,600.00');
  await screenshots(page, 'finance-invoices');
});

test('office cash recorded by the village admin, confirmed by the accountant, with its receipt', { tag: '@sqlite' }, async ({ page, request }) => {
  const office = await apiAs(request, 'village_admin');
  const accounts = await apiAs(request, 'accounting_admin');
  const house = (await office.post('/api/v1/houses', { house_number: 'FO-CASH', land_area_sq_wah: 60 })) as { id: number };
  const invoice = (await accounts.post('/api/v1/invoices', {
    house_id: house.id,
    lines: [{ description: 'บัตรผ่านเข้าออก (key card)', quantity: 1, unit_satang: 250000 }],
  })) as { number: string };

  // The village admin takes 2,500 THB in cash at the office.
  await signIn(page, 'village_admin');
  await nav(page).getByRole('link', { name: 'Record a payment' }).click();
  await expect(page.getByRole('heading', { name: 'Record a payment', level: 1 })).toBeVisible();
  await page.getByTestId('house-select').fill('FO-CASH');
  await page.getByRole('option', { name: 'FO-CASH', exact: true }).click();
  await expect(page.getByTestId('allocation-row')).toContainText(invoice.number);
  await page.getByRole('button', { name: 'Pay everything owed' }).click();
  await expect(page.getByTestId('payment-amount')).toHaveValue('2500.00');
  await expect(page.getByTestId('allocated-total')).toHaveText('2,500.00');
  await page.getByRole('textbox', { name: 'Reference' }).fill('office cash box');
  await screenshots(page, 'finance-record-payment');
  await page.getByTestId('record-submit').click();
  await expect(page.getByTestId('payment-pending')).toContainText('Someone else must confirm this payment');

  // In the queue, the recorder sees that someone else must confirm.
  await nav(page).getByRole('link', { name: 'Payments' }).click();
  const mine = page.getByTestId('payments-table').getByRole('row').filter({ hasText: 'FO-CASH' });
  await expect(mine).toContainText('2,500.00');
  await expect(mine.getByTestId('awaits-other')).toBeVisible();
  await expect(mine.getByTestId('confirm-payment')).toHaveCount(0);
  await signOut(page);

  // The accountant confirms it; the receipt is issued.
  await signIn(page, 'accounting_admin');
  await nav(page).getByRole('link', { name: 'Payments' }).click();
  const pending = page.getByTestId('payments-table').getByRole('row').filter({ hasText: 'FO-CASH' });
  await expect(pending).toContainText('Malee Office');
  await screenshots(page, 'finance-payments-queue');
  await pending.getByTestId('confirm-payment').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/Confirmed\. Receipt RC\d{4}-\d{6} issued\./)).toBeVisible();

  await page.locator('label', { hasText: /^Confirmed$/ }).click();
  const confirmed = page.getByTestId('payments-table').getByRole('row').filter({ hasText: 'FO-CASH' });
  await expect(confirmed.getByTestId('payment-receipt')).toHaveText(/^RC\d{4}-\d{6}$/);
  await nav(page).getByRole('link', { name: 'Receipts' }).click();
  await expect(page.getByTestId('receipts-table').getByRole('row').filter({ hasText: 'FO-CASH' })).toContainText('2,500.00');
});
