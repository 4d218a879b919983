/**
 * The month-end and collections API shapes (plan-14: periods, reports,
 * credit notes, certificates), in one place for the features that use them:
 * aliases of the generated schemas (src/types/api.gen.ts).
 */
import type { components, paths } from './api.gen';

type S = components['schemas'];

/** Reports (h3-reports) and periods (h1-periods): the backend's own schemas. */
export type ArrearsReport = S['ArrearsReport'];
export type ArrearsRow = S['ArrearsRowRead'];
export type Buckets = S['Buckets'];
export type ArrearsBucket = S['BucketSum']['bucket'];
export const ARREARS_BUCKETS = ['current', '1_30', '31_60', '61_90', '91_180', 'over_180'] as const satisfies readonly ArrearsBucket[];
export type Eligibility = NonNullable<NonNullable<paths['/api/v1/reports/arrears']['get']['parameters']['query']>['eligible']>;
export const ELIGIBILITIES = ['suspension', 'land_office'] as const satisfies readonly Eligibility[];
export type CollectionsRow = S['CollectionsMonth'];
export type CollectionsReport = S['CollectionsReport'];
export type OverviewRead = S['Overview'];
export type FinanceSummaryRead = S['FinanceSummary'];
export type SnapshotRead = S['SnapshotRead'];
export type PeriodStatus = S['PeriodStatus'];
export type PeriodRead = S['PeriodRead'];
export type PeriodDetail = S['PeriodDetail'];

/** Credit notes: the backend's own schemas (h2-credit). */
export type CreditNoteStatus = S['CreditNoteStatus'];
export type CreditNoteRead = S['CreditNoteRead'];
export type CreditNoteCreate = S['CreditNoteCreate'];
export const CREDIT_NOTE_STATUSES = ['pending_approval', 'issued', 'rejected'] as const satisfies readonly CreditNoteStatus[];

/** Debt-clearance certificates (h4-certs). */
export type CertificateRead = S['CertificateRead'];
