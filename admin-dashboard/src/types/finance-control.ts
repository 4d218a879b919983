/**
 * The month-end and collections API shapes (plan-14: periods, reports,
 * credit notes, certificates), in one place for the features that use them.
 * Written from the plan until the backend's OpenAPI carries them; once it
 * does, each becomes an alias of the generated schema.
 */
import type { components } from './api.gen';

type S = components['schemas'];

export interface PersonRef {
  id: number;
  full_name: string;
}

export const ARREARS_BUCKETS = ['current', '1_30', '31_60', '61_90', '91_180', 'over_180'] as const;
export type ArrearsBucket = (typeof ARREARS_BUCKETS)[number];
export type Buckets = Record<ArrearsBucket, number>;
export const ELIGIBILITIES = ['suspension', 'land_office'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

export interface ArrearsRow {
  house_id: number;
  house_number: string;
  zone: string | null;
  owner_name: string | null;
  outstanding_satang: number;
  credit_satang: number;
  balance_satang: number;
  buckets: Buckets;
  months_in_arrears: number;
  unpaid_months: string[];
  oldest_due_date: string | null;
  suspension_eligible: boolean;
  land_office_eligible: boolean;
  prescription_risk: boolean;
}

export interface ArrearsReport {
  as_of: string;
  thresholds: { suspension_months: number; land_office_months: number };
  items: ArrearsRow[];
  totals: {
    outstanding_satang: number;
    credit_satang: number;
    balance_satang: number;
    buckets: Buckets;
    houses: number;
    suspension_eligible: number;
    land_office_eligible: number;
    prescription_risk: number;
  };
  by_bucket: { bucket: ArrearsBucket; houses: number; satang: number }[];
}

export interface CollectionsRow {
  period: string;
  billed_satang: number;
  collected_satang: number;
  credited_satang: number;
  outstanding_satang: number;
  /** A decimal string ("0.9525"), or null when nothing was billed. */
  collection_rate: string | null;
}

export interface CollectionsReport {
  items: CollectionsRow[];
  totals: Omit<CollectionsRow, 'period'>;
}

export interface OverviewRead {
  today: string;
  billed_this_month_satang: number;
  collected_this_month_satang: number;
  outstanding_satang: number;
  houses_past_suspension: number;
  houses_past_land_office: number;
  slips_waiting: number;
  oldest_slip_waiting_since: string | null;
  service_requests_open_by_age: { '0_2': number; '3_7': number; '8_30': number; over_30: number };
  credit_notes_pending: number;
  payments_pending: number;
}

export interface FinanceSummaryRead {
  period: string;
  billed_satang: number;
  collected_satang: number;
  collection_rate: string | null;
  houses_in_arrears: number;
  houses: number;
}

export interface SnapshotRead {
  taken_at: string;
  billed_satang: number;
  collected_satang: number;
  credited_satang: number;
  outstanding_satang: number;
  credit_satang: number;
  counts: { invoices: number; receipts: number; credit_notes: number; houses_in_arrears: number };
}

export type PeriodStatus = 'open' | 'closed';

export interface PeriodRead {
  period: string;
  status: PeriodStatus;
  closed_at: string | null;
  closed_by: PersonRef | null;
  reopened_at: string | null;
  reopened_by: PersonRef | null;
  reopen_reason: string | null;
  snapshot: SnapshotRead | null;
  snapshots?: SnapshotRead[];
}

/** Credit notes: the backend's own schemas (h2-credit). */
export type CreditNoteStatus = S['CreditNoteStatus'];
export type CreditNoteRead = S['CreditNoteRead'];
export type CreditNoteCreate = S['CreditNoteCreate'];
export const CREDIT_NOTE_STATUSES = ['pending_approval', 'issued', 'rejected'] as const satisfies readonly CreditNoteStatus[];

export interface CertificateRead {
  number: string;
  house: { id: number; house_number: string };
  issue_date: string;
  valid_until: string;
  issued_by: PersonRef | null;
  pdf_url: string;
  /** Only when verifying one by number: valid today. */
  valid?: boolean;
}
