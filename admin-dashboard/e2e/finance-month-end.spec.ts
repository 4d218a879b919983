/**
 * The accountant's month end, against the real backend: a month that has
 * ended (three months ago) with two houses billed — ME-PAID pays its 800.00,
 * ME-OWES owes 1,200.00. The accountant reads the arrears (and downloads them),
 * raises a credit note that someone else approves, checks the collections of
 * the month, closes it (its snapshot says what was billed, collected and
 * outstanding at its end), issues a debt-clearance certificate for the house
 * that paid and verifies it by number; the super admin reopens the month.
 */
import type { Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, nav, screenshots, signIn, signOut, test } from './support/fixtures';

/** The village's today (Asia/Bangkok) and the month three months before it. */
function monthEnded(): { period: string; year: number; monthName: string; day: (d: number) => string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 3;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const period = `${year}-${String(month).padStart(2, '0')}`;
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return { period, year, monthName, day: (d) => `${period}-${String(d).padStart(2, '0')}` };
}

/** The page in Thai (labels, B.E. months) at desktop and 375 px, then back to English. */
async function inThai(page: Page, name: string) {
  await page.locator('label', { hasText: 'ไทย' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await screenshots(page, `${name}-thai`);
  await page.locator('label', { hasText: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

test('the accountant closes a month: arrears, a credit note, collections, the close, a certificate', async ({ page, request }) => {
  const month = monthEnded();
  const office = await apiAs(request, 'village_admin');
  const accounts = await apiAs(request, 'accounting_admin');
  const owes = (await office.post('/api/v1/houses', { house_number: 'ME-OWES', land_area_sq_wah: 60 })) as { id: number };
  const paid = (await office.post('/api/v1/houses', { house_number: 'ME-PAID', land_area_sq_wah: 40 })) as { id: number };
  // The month's common fee (the COMMON item counts for arrears), as a billing run would bill it.
  const items = (await accounts.get('/api/v1/fee-items')) as { id: number; code: string }[] | { items: { id: number; code: string }[] };
  const common = (Array.isArray(items) ? items : items.items).find((item) => item.code === 'COMMON');
  const line = (satang: number) => [{ description: 'ค่าส่วนกลาง (common fee)', quantity: 1, unit_satang: satang, fee_item_id: common?.id ?? null, month: month.period }];
  const owed = (await accounts.post('/api/v1/invoices', { house_id: owes.id, issue_date: month.day(5), lines: line(120000) })) as { id: number; number: string };
  const settled = (await accounts.post('/api/v1/invoices', { house_id: paid.id, issue_date: month.day(5), lines: line(80000) })) as { id: number };
  const payment = (await office.post('/api/v1/payments', {
    house_id: paid.id, amount_satang: 80000, method: 'cash', paid_on: month.day(20), allocations: [{ invoice_id: settled.id, amount_satang: 80000 }],
  })) as { id: number; status: string };
  if (payment.status === 'pending') await accounts.post(`/api/v1/payments/${payment.id}/confirm`);

  await signIn(page, 'accounting_admin');

  // The arrears: ME-OWES owes 1,200.00 and is overdue; ME-PAID is not in arrears.
  await nav(page).getByRole('link', { name: 'Arrears' }).click();
  await expect(page.getByRole('heading', { name: 'Arrears', level: 1 })).toBeVisible();
  const arrears = page.getByTestId('arrears-table');
  const owesRow = arrears.getByTestId('arrears-row').filter({ hasText: 'ME-OWES' });
  await expect(owesRow).toContainText('1,200.00');
  await expect(arrears.getByTestId('arrears-row').filter({ hasText: 'ME-PAID' })).toHaveCount(0);
  await expect(page.getByTestId('arrears-chart')).toBeVisible();
  expect(await download(page, () => page.getByTestId('arrears-csv').click())).toMatch(/\.csv$/);
  expect(await download(page, () => owesRow.getByRole('button', { name: 'Dunning letter for house ME-OWES' }).click())).toMatch(/\.pdf$/);
  await screenshots(page, 'finance-arrears');
  await inThai(page, 'finance-arrears');

  // A credit note of 200.00 on ME-OWES's invoice: the accountant raises it, someone else approves.
  await page.goto(`/finance/invoices/${owed.id}`);
  await expect(page.getByTestId('invoice-outstanding')).toHaveText('1,200.00');
  await page.getByTestId('new-credit-note').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('credit-amount').fill('200');
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Garden service not provided in the month');
  await dialog.getByTestId('credit-submit').click();
  await expect(page.getByText('Credit note sent for approval.')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Credit notes' }).click();
  const mine = page.getByTestId('credit-notes-table').getByRole('row').filter({ hasText: owed.number });
  await expect(mine.getByTestId('awaits-other')).toBeVisible();
  await expect(mine.getByTestId('approve-credit-note')).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'super_admin');
  await nav(page).getByRole('link', { name: 'Credit notes' }).click();
  const pending = page.getByTestId('credit-notes-table').getByRole('row').filter({ hasText: owed.number });
  await pending.getByTestId('approve-credit-note').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/Approved\. Credit note CN\d{4}-\d{6} issued\./)).toBeVisible();
  await signOut(page);

  await signIn(page, 'accounting_admin');
  // The office's home: the village's cards.
  await nav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('card-outstanding')).toBeVisible();
  await expect(page.getByTestId('card-credit-notes').getByTestId('overview-value')).toHaveText('0');
  await screenshots(page, 'finance-overview');

  // The month's collections: 2,000.00 billed, 800.00 collected, 40%.
  await page.goto(`/finance/collections?from=${month.period}&to=${month.period}`);
  await expect(page.getByRole('heading', { name: 'Collections', level: 1 })).toBeVisible();
  const collected = page.getByTestId('collections-row').filter({ hasText: month.monthName });
  await expect(collected).toContainText('2,000.00');
  await expect(collected).toContainText('800.00');
  await expect(collected.getByTestId('collection-rate')).toHaveText('40%');
  await screenshots(page, 'finance-collections');

  // Close the month: its snapshot keeps the figures at its end (the credit note is dated today).
  await nav(page).getByRole('link', { name: 'Periods' }).click();
  await expect(page.getByRole('heading', { name: 'Periods', level: 1 })).toBeVisible();
  const year = page.getByRole('textbox', { name: 'Year' }).or(page.getByRole('combobox', { name: 'Year' }));
  if ((await year.inputValue()) !== String(month.year)) {
    await year.click();
    await page.getByRole('option', { name: String(month.year), exact: true }).click();
  }
  const row = page.getByTestId('period-row').filter({ hasText: month.monthName });
  await expect(row.getByTestId('period-status')).toHaveText('Open');
  await row.getByTestId('close-period').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('period-status')).toHaveText('Closed');
  await expect(row).toContainText('2,000.00');
  await expect(row).toContainText('800.00');
  await expect(row).toContainText('1,200.00');
  await expect(row).toContainText('Closed by Preecha Accounts');
  await expect(row.getByTestId('reopen-period')).toHaveCount(0);
  await screenshots(page, 'finance-periods');
  await inThai(page, 'finance-periods');

  // A debt-clearance certificate for the house that paid; the one that owes cannot have one.
  await page.goto(`/houses/${owes.id}`);
  await expect(page.getByTestId('clearance-certificate')).toBeDisabled();
  await expect(page.getByTestId('clearance-certificate')).toContainText('Owes ฿1,000.00');
  await page.goto(`/houses/${paid.id}`);
  await page.getByTestId('clearance-certificate').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Issue' }).click();
  const issued = page.getByTestId('certificate-issued');
  await expect(issued).toContainText(/Certificate CERT\d{4}-\d{6}/);
  const number = ((await issued.innerText()).match(/CERT\d{4}-\d{6}/) ?? [''])[0];
  expect(await download(page, () => issued.getByRole('button', { name: 'Download the PDF' }).click())).toMatch(/\.pdf$/);
  await page.keyboard.press('Escape');

  await nav(page).getByRole('link', { name: 'Certificates' }).click();
  await expect(page.getByTestId('certificates-table').getByTestId('certificate-number').filter({ hasText: number })).toBeVisible();
  await page.getByTestId('verify-number').fill(number);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Valid today');
  await expect(page.getByTestId('verify-result')).toContainText(`${number} for house ME-PAID`);
  await screenshots(page, 'finance-certificates');
  await signOut(page);

  // Only the super admin reopens a month, with a reason.
  await signIn(page, 'super_admin');
  await page.goto(`/finance/periods?year=${month.year}`);
  const closed = page.getByTestId('period-row').filter({ hasText: month.monthName });
  await closed.getByTestId('reopen-period').click();
  const reopen = page.getByRole('dialog');
  await reopen.getByRole('textbox', { name: /Why it is reopened/ }).fill('A cheque of the month was recorded late');
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await expect(closed.getByTestId('period-status')).toHaveText('Open');
  await expect(closed).toContainText('A cheque of the month was recorded late');
});
