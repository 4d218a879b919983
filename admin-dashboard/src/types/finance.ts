/**
 * The common fee's API shapes, by the schema names of the backend's OpenAPI
 * (finance-plan.md), in one place for the finance features.
 */
import type { components } from './api.gen';

type S = components['schemas'];

export type PromptPayMode = S['PromptPayMode'];
export type SurchargeMethod = S['SurchargeMethod'];
export type FeeBasis = S['FeeBasis'];
export type PlotType = S['PlotType'];
export type InvoiceStatus = S['InvoiceStatus'];
export type PaymentMethod = S['PaymentMethod'];
export type PaymentStatus = S['PaymentStatus'];
export type SlipStatus = S['SlipStatus'];
export type SlipReason = S['SlipReason'];
export type RunStatus = S['RunStatus'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  per_page: number;
}

export type FinanceSettingsRead = S['FinanceSettingsRead'];
export type FinanceSettingsUpdate = S['FinanceSettingsUpdate'];
export type FeeItemRead = S['FeeItemRead'];
export type FeeItemCreate = S['FeeItemCreate'];
export type FeeScheduleRead = S['FeeScheduleRead'];
export type FeeScheduleCreate = S['FeeScheduleCreate'];
export type FeeScheduleUpdate = S['FeeScheduleUpdate'];
export type BillingRunRead = S['BillingRunRead'];
export type BillingRunSummary = S['BillingRunSummary'];
export type BillingRunCreate = S['BillingRunCreate'];
export type InvoiceRead = S['InvoiceRead'];
export type InvoiceLineRead = S['InvoiceLineRead'];
export type PromptPayRead = S['PromptPayRead'];
export type PaymentRead = S['PaymentRead'];
export type PaymentCreate = S['PaymentCreate'];
export type ReceiptRead = S['ReceiptRead'];
export type PaymentSlipRead = S['PaymentSlipRead'];
