/**
 * The common fee's API shapes (village.md "The common fee"; schema names of
 * finance-plan.md). Until the backend's endpoints are in the generated types,
 * these mirror the contract; each becomes an alias of api.gen.ts once it is.
 */
export type PromptPayMode = 'none' | 'credit_transfer' | 'bill_payment';
export type SurchargeMethod = 'none' | 'percent_per_month' | 'fixed_per_month';
export type FeeBasis = 'per_sq_wah' | 'per_house';
export type PlotType = 'residential' | 'commercial' | 'vacant_land';
export type InvoiceStatus = 'issued' | 'partially_paid' | 'paid' | 'credited' | 'void';
export type PaymentMethod = 'cash' | 'bank_transfer' | 'promptpay' | 'cheque';
export type PaymentStatus = 'pending' | 'confirmed' | 'reversed' | 'cancelled';
export type SlipStatus = 'submitted' | 'accepted' | 'needs_fix' | 'rejected' | 'withdrawn';
export type SlipReason = 'wrong_amount' | 'wrong_date' | 'unreadable' | 'duplicate' | 'wrong_account' | 'other';
export type RunStatus = 'preview' | 'posted' | 'discarded';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

export interface Surcharge {
  method: SurchargeMethod;
  rate_basis_points: number;
  fixed_satang: number;
  grace_days: number;
  legal_reference: string | null;
}

export interface FinanceSettingsRead {
  promptpay_mode: PromptPayMode;
  promptpay_id: string | null;
  biller_id: string | null;
  bank_name: string | null;
  bank_account_name: string | null;
  bank_account_number: string | null;
  due_days: number;
  receipt_signatory: string | null;
  require_payment_confirmation: boolean;
  surcharge: Surcharge;
  arrears_suspension_months: number;
  arrears_land_office_months: number;
  certificate_valid_days: number;
}
export type FinanceSettingsUpdate = Partial<FinanceSettingsRead>;

export interface FeeItemRead {
  id: number;
  code: string;
  name_th: string;
  name_en: string;
  counts_for_arrears: boolean;
  active?: boolean;
}
export interface FeeItemCreate {
  code: string;
  name_th: string;
  name_en: string;
  counts_for_arrears: boolean;
}

export interface FeeScheduleRead {
  id: number;
  fee_item_id: number;
  basis: FeeBasis;
  rate_satang: number;
  plot_type: PlotType | null;
  effective_from: string;
  effective_to: string | null;
  meeting_reference: string;
}
export interface FeeScheduleCreate {
  fee_item_id: number;
  basis: FeeBasis;
  rate_satang: number;
  plot_type: PlotType | null;
  effective_from: string;
  effective_to: string | null;
  meeting_reference: string;
}

export interface HouseRef {
  id: number;
  house_number: string;
}

export interface RunLine {
  fee_item_id: number | null;
  month: string | null;
  description: string;
  quantity: number;
  unit_satang: number;
  amount_satang: number;
}
export interface RunPreviewItem {
  house_id: number;
  house_number: string;
  bill_to_name: string;
  billed_to_developer?: boolean;
  lines: RunLine[];
  total_satang: number;
}
export interface RunSkipped {
  house_id: number;
  house_number: string;
  reason: string;
}
export interface BillingRunRead {
  id: number;
  period: string;
  months: number;
  house_ids: number[] | null;
  issue_date: string;
  due_date: string;
  status: RunStatus;
  preview: RunPreviewItem[];
  skipped: RunSkipped[];
  invoice_count: number;
  total_satang: number;
  created_at: string;
  posted_at: string | null;
}
export interface BillingRunCreate {
  period: string;
  months: number;
  house_ids: number[] | null;
  issue_date?: string;
}

export interface InvoiceLineRead {
  id?: number;
  fee_item: { id: number; code: string; name_th: string; name_en: string } | null;
  month: string | null;
  description: string;
  quantity: number;
  unit_satang: number;
  amount_satang: number;
}
export interface InvoiceRead {
  id: number;
  number: string;
  house: HouseRef;
  bill_to_name: string;
  issue_date: string;
  due_date: string;
  lines: InvoiceLineRead[];
  total_satang: number;
  paid_satang: number;
  credited_satang: number;
  outstanding_satang: number;
  status: InvoiceStatus;
  overdue: boolean;
  billing_run_id: number | null;
  void_reason?: string | null;
}
export interface PromptPayRead {
  payload: string;
  amount_satang: number;
  svg: string;
  bank_name: string | null;
  bank_account_name: string | null;
  bank_account_number: string | null;
}

export interface AllocationRead {
  invoice_id: number;
  invoice_number?: string;
  amount_satang: number;
}
export interface PaymentRead {
  id: number;
  house: HouseRef;
  amount_satang: number;
  method: PaymentMethod;
  paid_on: string;
  posting_date?: string;
  reference: string | null;
  note: string | null;
  payer_name: string;
  status: PaymentStatus;
  recorded_by: { id: number; full_name: string } | null;
  recorded_by_id?: number | null;
  confirmed_at: string | null;
  reverse_reason?: string | null;
  receipt: { id: number; number: string } | null;
  allocations?: AllocationRead[];
  created_at: string;
}
export interface PaymentCreate {
  house_id: number;
  amount_satang: number;
  method: PaymentMethod;
  paid_on: string;
  reference: string | null;
  note: string | null;
  allocations?: { invoice_id: number; amount_satang: number }[];
}

export interface ReceiptLineRead {
  invoice_id: number | null;
  invoice_number: string | null;
  month: string | null;
  description: string;
  amount_satang: number;
}
export interface ReceiptRead {
  id: number;
  number: string;
  house: HouseRef;
  payer_name: string;
  amount_satang: number;
  amount_in_words_th?: string;
  issue_date: string;
  method: PaymentMethod;
  reference: string | null;
  void: boolean;
  lines: ReceiptLineRead[];
}

export interface PaymentSlipRead {
  id: number;
  house: HouseRef;
  amount_satang: number;
  transferred_at: string;
  invoice_ids: number[] | null;
  status: SlipStatus;
  reason_code: SlipReason | null;
  review_note: string | null;
  possible_duplicate: boolean;
  file: { id: string; content_type: string; url?: string } | null;
  submitted_by: { id: number; full_name: string } | null;
  created_at: string;
}
