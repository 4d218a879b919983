/** Typed sample bills for this feature's tests (the API's own shapes). */
import type { Invoice, MyHome, Receipt, Slip } from '../api/my-bills';

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 1,
    number: 'INV2569-000001',
    house: { id: 1, house_number: '55/1' },
    bill_to_name: 'Pranee Owner',
    issue_date: '2026-12-01',
    due_date: '2026-12-15',
    lines: [{ id: 1, fee_item: { id: 1, code: 'COMMON', name_th: 'ค่าส่วนกลาง', name_en: 'Common fee' }, month: '2026-12', description: 'ค่าส่วนกลาง ธันวาคม 2569', quantity: 1, unit_satang: 160000, amount_satang: 160000 }],
    total_satang: 160000,
    paid_satang: 0,
    credited_satang: 0,
    outstanding_satang: 160000,
    status: 'issued',
    overdue: false,
    billing_run_id: 1,
    void_reason: null,
    voided_at: null,
    created_at: '2026-12-01T02:00:00Z',
    ...overrides,
  };
}

export function makeHome(overrides: Partial<MyHome> = {}): MyHome {
  return {
    id: 1, house_number: '55/1', plot_number: null, title_deed_number: null, zone: null, land_area_sq_wah: 80, usable_area_sqm: null,
    plot_type: 'residential', occupancy: 'occupied', developer_owned: false, billable_from: null, notes: null, archived_at: null,
    created_at: '2026-11-28T03:00:00Z', updated_at: '2026-11-28T03:00:00Z', balance_satang: 0, members: [],
    ...overrides,
  } as MyHome;
}

export function makeSlip(overrides: Partial<Slip> = {}): Slip {
  return {
    id: 7,
    house: { id: 1, house_number: '55/1' },
    submitted_by: { id: 9, full_name: 'Pranee Owner' },
    amount_satang: 160000,
    transferred_at: '2026-12-02T02:15:00Z',
    invoice_ids: [1],
    status: 'submitted',
    reason_code: null,
    review_note: null,
    possible_duplicate: false,
    payment_id: null,
    receipt: null,
    file: { id: '00000000-0000-0000-0000-000000000001', filename: 'slip.png', mime: 'image/png', size_bytes: 1000, url: '/api/v1/payment-slips/7/file' },
    created_at: '2026-12-02T02:20:00Z',
    updated_at: '2026-12-02T02:20:00Z',
    suggested_allocations: null,
    ...overrides,
  };
}

export type { Receipt };
