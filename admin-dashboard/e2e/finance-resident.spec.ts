/**
 * The common fee from a resident's phone: they see their bill with its
 * PromptPay QR and the village's account, say "I paid" with a photo of the
 * slip, the accountant accepts it on the slip review page, and the resident then sees the bill paid and
 * downloads the receipt. A bill of another house is not found, even by its URL.
 */
import { readFileSync } from 'node:fs';

import type { APIRequestContext, Page } from '@playwright/test';

import { apiAs } from './support/api';
import { expect, failedResource, signIn, signInWith, signOut, test } from './support/fixtures';

const RESIDENT = { name: 'Wipa Payer', email: 'wipa.payer@example.com', password: 'Wipa-pays-2026' };
const PHONE = { width: 375, height: 812 };

interface Invoice {
  id: number;
  number: string;
}

/** This month in Bangkok ("2026-11"): a manual invoice bills it for a fresh house. */
function bangkokMonth(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
}

/** The village takes PromptPay and transfers; a house of the resident's and one of a neighbour, each billed 1,600 baht. */
async function setUp(request: APIRequestContext): Promise<{ mine: Invoice; theirs: Invoice; houseNumber: string }> {
  const admin = await apiAs(request, 'super_admin');
  await admin.patch('/api/v1/finance/settings', {
    promptpay_mode: 'credit_transfer',
    promptpay_id: '0812345678',
    bank_name: 'ธนาคารกสิกรไทย',
    bank_account_name: 'นิติบุคคลหมู่บ้านจัดสรร ร่มเย็น',
    bank_account_number: '1234567890',
  });
  const items = (await admin.get('/api/v1/fee-items?q=COMMON')) as { items: { id: number; code: string }[] };
  const common = items.items.find((item) => item.code === 'COMMON');
  expect(common, 'the COMMON fee item seeded by the migration').toBeTruthy();
  const suffix = String(Date.now()).slice(-5);
  const houseNumber = `88/${suffix}`;
  const house = (await admin.post('/api/v1/houses', { house_number: houseNumber, land_area_sq_wah: 80 })) as { id: number };
  const neighbour = (await admin.post('/api/v1/houses', { house_number: `89/${suffix}` })) as { id: number };
  const member = (await admin.post(`/api/v1/houses/${house.id}/members`, { full_name: RESIDENT.name, email: RESIDENT.email, relation: 'owner' })) as {
    user: { id: number };
  };
  const link = (await admin.post(`/api/v1/users/${member.user.id}/set-password-link`)) as { token: string };
  expect((await request.post('/auth/set-password', { data: { token: link.token, new_password: RESIDENT.password } })).ok()).toBe(true);
  const month = bangkokMonth();
  const bill = (houseId: number) =>
    admin.post('/api/v1/invoices', {
      house_id: houseId,
      lines: [{ fee_item_id: common?.id, month, description: 'ค่าส่วนกลาง', quantity: 1, unit_satang: 160000 }],
    }) as Promise<Invoice>;
  return { mine: await bill(house.id), theirs: await bill(neighbour.id), houseNumber };
}

/** A slip as a phone would photograph it: a small PNG drawn in the page, different every run. */
async function slipImage(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 360;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 240, 360);
    g.fillStyle = '#0b7a4b';
    g.font = '20px sans-serif';
    g.fillText('โอนเงินสำเร็จ', 20, 60);
    g.fillText('1,600.00 THB', 20, 100);
    g.fillText(new Date().toISOString(), 10, 140);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

test.use({ allowedConsoleErrors: [failedResource(404)] });

test('a resident pays a bill by transfer and gets the receipt; another house’s bill is not found', async ({ page, request }) => {
  const { mine, theirs, houseNumber } = await setUp(request);

  // On the phone: the bill, what is owed, the QR to scan and the account to copy.
  await page.setViewportSize(PHONE);
  await signInWith(page, RESIDENT.email, RESIDENT.password);
  await page.goto('/my-bills');
  await expect(page.getByRole('heading', { name: 'My bills', level: 1 })).toBeVisible();
  await expect(page.getByTestId('bills-outstanding')).toHaveText('฿1,600.00');
  const card = page.getByRole('link', { name: `Bill ${mine.number}` });
  await expect(card).toContainText(`House ${houseNumber}`);
  await expect(card.getByTestId('invoice-status')).toHaveText('To pay');
  await card.click();

  await expect(page.getByRole('heading', { name: `Bill ${mine.number}` })).toBeVisible();
  await expect(page.getByTestId('invoice-outstanding')).toHaveText('฿1,600.00');
  const qr = page.getByRole('img', { name: 'PromptPay QR code for ฿1,600.00' });
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box?.width, 'the QR is large enough to scan').toBeGreaterThanOrEqual(240);
  await expect(page.getByTestId('promptpay-amount')).toHaveText('฿1,600.00');
  await expect(page.getByTestId('bank-account-number')).toHaveText('123-4-56789-0');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the bill does not scroll sideways at 375 px').toBeLessThanOrEqual(0);

  // "I paid": the bill and its amount are filled in; the slip comes from the gallery.
  await page.getByTestId('i-paid').click();
  await expect(page.getByRole('heading', { name: 'I paid' })).toBeVisible();
  await expect(page.getByTestId('slip-amount')).toHaveValue('1600');
  await expect(page.getByRole('checkbox', { name: new RegExp(mine.number) })).toBeChecked();
  await page.locator('input[type="file"][accept="image/*,application/pdf"]').setInputFiles({ name: 'slip.png', mimeType: 'image/png', buffer: await slipImage(page) });
  await expect(page.getByRole('img', { name: 'The slip you chose' })).toBeVisible();
  await page.getByTestId('slip-submit').click();
  await expect(page.getByRole('heading', { name: 'Slip sent' })).toBeVisible();
  await page.getByRole('link', { name: 'See my slips' }).click();
  await expect(page.getByTestId('slip-card').first().getByTestId('slip-status')).toHaveText('Waiting for the office');

  // The accountant accepts it on the slip review page: a confirmed payment, allocated, with its receipt.
  await signOut(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'accounting_admin');
  await page.goto('/finance/slips');
  const review = page.getByTestId('slip').filter({ has: page.getByRole('heading', { name: `House ${houseNumber}` }) });
  await expect(review).toContainText('1,600.00');
  await review.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
  await expect(review).toHaveCount(0);
  await signOut(page);
  await page.setViewportSize(PHONE);
  await signInWith(page, RESIDENT.email, RESIDENT.password);
  await page.goto('/my-bills/slips');

  // The resident sees the bill paid, the slip accepted, and downloads the receipt.
  await expect(page.getByTestId('slip-card').first().getByTestId('slip-status')).toHaveText('Accepted');
  await page.goto('/my-bills');
  await expect(page.getByTestId('bills-outstanding')).toHaveText('฿0.00');
  await expect(page.getByRole('link', { name: `Bill ${mine.number}` }).getByTestId('invoice-status')).toHaveText('Paid');
  await page.getByRole('tab', { name: 'Receipts' }).click();
  const receipt = page.getByTestId('receipt-card').first();
  await expect(receipt).toContainText('฿1,600.00');
  const [download] = await Promise.all([page.waitForEvent('download'), receipt.getByTestId('receipt-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/^RC\d{4}-\d{6}.*\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1'), 'the receipt is a PDF').toBe('%PDF-');

  // Told in words in the notifications.
  await page.goto('/notifications');
  await expect(page.getByTestId('notification').first()).toContainText(`Your payment of ฿1,600.00 for house ${houseNumber} was accepted: receipt RC`);

  // Another house's bill: not found, even by its address.
  await page.goto(`/my-bills/invoices/${theirs.id}`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText(theirs.number)).toHaveCount(0);
});
