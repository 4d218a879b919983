import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import type { Notification } from '../api/notifications';
import { notificationDetail, notificationText } from './notification-text';

function note(event: Notification['event'], params: Notification['params']): Notification {
  return { id: 1, event, params, link: null, created_at: '2026-12-01T03:00:00Z', read_at: null };
}

const en = i18n.getFixedT('en');
const th = i18n.getFixedT('th');

describe('the common fee in notifications', () => {
  it('words a new bill with its amount and due date, B.E. in Thai', () => {
    const issued = note('invoice_issued', { number: 'INV2569-000123', house_number: '55/1', total_satang: 160000, due_date: '2026-12-15' });
    // English dates follow the browser's English (en-US here, en-GB in Thailand).
    expect(notificationText(issued, en, 'en')).toMatch(/^New bill INV2569-000123 for house 55\/1: ฿1,600\.00, due (15 Dec|Dec 15,) 2026$/);
    expect(notificationText(issued, th, 'th')).toBe('ใบแจ้งหนี้ใหม่ INV2569-000123 บ้านเลขที่ 55/1: ฿1,600.00 ชำระภายใน 15 ธ.ค. 2569');
  });

  it('words each decision on a slip, with the reason and the office note', () => {
    const accepted = note('payment_slip_decided', { house_number: '55/1', amount_satang: 160000, status: 'accepted', reason_code: null, note: null, receipt_number: 'RC2569-000045' });
    expect(notificationText(accepted, en, 'en')).toBe('Your payment of ฿1,600.00 for house 55/1 was accepted: receipt RC2569-000045');
    const fix = note('payment_slip_decided', { house_number: '55/1', amount_satang: 150000, status: 'needs_fix', reason_code: 'wrong_amount', note: 'ยอดในสลิป 1,600 บาท' });
    expect(notificationText(fix, th, 'th')).toBe('หลักฐานการโอนของบ้านเลขที่ 55/1 (฿1,500.00) ต้องแก้ไข: ยอดเงินไม่ถูกต้อง');
    expect(notificationDetail(fix)).toBe('ยอดในสลิป 1,600 บาท');
    const rejected = note('payment_slip_decided', { house_number: '55/1', amount_satang: 150000, status: 'rejected', reason_code: 'duplicate', note: null });
    expect(notificationText(rejected, en, 'en')).toBe('Your payment slip for house 55/1 (฿1,500.00) was not accepted: this slip was already sent');
  });

  it('tells the office of a new slip and of a payment waiting for a second person', () => {
    expect(notificationText(note('payment_slip_submitted', { house_number: '55/1', amount_satang: 160000 }), en, 'en')).toBe('New payment slip from house 55/1: ฿1,600.00');
    expect(notificationText(note('payment_awaiting_confirmation', { house_number: '55/1', amount_satang: 250000, method: 'cash' }), th, 'th')).toBe(
      'รายการรับชำระ ฿2,500.00 (เงินสด) ของบ้านเลขที่ 55/1 รอคุณยืนยัน',
    );
  });
});
