/**
 * The office's reports (plan-14 "Reports"): arrears as of a day, collections
 * by month, the invoice and receipt registers, the village overview, the
 * residents' village summary, and the dunning letters made from the arrears rows.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile } from '@/lib/api-json';
import { queryKeys } from '@/lib/query-keys';
import type { ArrearsBucket, ArrearsReport, CollectionsReport, Eligibility } from '@/types/finance-control';

export type { ArrearsReport, ArrearsRow, CollectionsReport, CollectionsRow, FinanceSummaryRead, OverviewRead } from '@/types/finance-control';

export interface ArrearsQuery {
  as_of?: string;
  zone?: string;
  bucket?: ArrearsBucket;
  eligible?: Eligibility;
}

export interface CollectionsQuery {
  from: string;
  to: string;
}

export type ReportFormat = 'csv' | 'xlsx';

export function getArrears(query: ArrearsQuery): Promise<ArrearsReport> {
  // The same endpoint serves CSV and Excel; without `format` it answers the JSON report.
  return unwrap(api.GET('/api/v1/reports/arrears', { params: { query } })) as Promise<ArrearsReport>;
}

export function useArrears(query: ArrearsQuery) {
  return useQuery({ queryKey: queryKeys.reports.arrears(query), queryFn: () => getArrears(query), placeholderData: keepPreviousData });
}

export function getCollections(query: CollectionsQuery): Promise<CollectionsReport> {
  return unwrap(api.GET('/api/v1/reports/collections', { params: { query } })) as Promise<CollectionsReport>;
}

export function useCollections(query: CollectionsQuery, enabled = true) {
  return useQuery({ queryKey: queryKeys.reports.collections(query), queryFn: () => getCollections(query), placeholderData: keepPreviousData, enabled });
}

export function useOverview() {
  return useQuery({ queryKey: queryKeys.reports.overview, queryFn: () => unwrap(api.GET('/api/v1/reports/overview')), refetchInterval: 60_000 });
}

export function useFinanceSummary() {
  return useQuery({ queryKey: queryKeys.reports.financeSummary, queryFn: () => unwrap(api.GET('/api/v1/me/finance-summary')), staleTime: 5 * 60_000 });
}

/** The village's zones, for the arrears filter (the houses register's list). */
export function useZones() {
  return useQuery({ queryKey: queryKeys.zones, queryFn: () => unwrap(api.GET('/api/v1/houses/zones')), staleTime: 60_000 });
}

/** A report as a spreadsheet (the same rows and a totals row). */
export function useDownloadReport() {
  return useMutation({
    mutationFn: ({ report, format, query, name }: { report: 'arrears' | 'collections' | 'invoice-register' | 'receipt-register'; format: ReportFormat; query: object; name: string }) =>
      downloadFile(`/api/v1/reports/${report}`, `${name}.${format}`, { ...(query as Record<string, string>), format }),
  });
}

/** One house's dunning letter (PDF); 409 `no_arrears` when nothing is overdue. */
export function useDownloadDunningLetter() {
  return useMutation({
    mutationFn: (row: { house_id: number; house_number: string }) => downloadFile(`/api/v1/houses/${row.house_id}/dunning-letter`, `dunning-${row.house_number}.pdf`),
  });
}

/** One PDF with a letter per house matching the filter; 409 `no_arrears` when none match. */
export function useDownloadDunningLetters() {
  return useMutation({
    mutationFn: (query: Omit<ArrearsQuery, 'as_of'>) => downloadFile('/api/v1/reports/dunning-letters', 'dunning-letters.pdf', { ...query }),
  });
}
