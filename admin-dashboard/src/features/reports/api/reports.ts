/**
 * The office's reports (plan-14 "Reports"): arrears as of a day, collections
 * by month, the invoice and receipt registers, the village overview, the
 * residents' village summary, and the dunning letters made from the arrears rows.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { downloadFile, downloadFileWithHeaders } from '@/lib/api-json';
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

/** The most letters the API puts in one PDF. */
export const LETTERS_PER_PDF = 50;

/**
 * A letter per house matching the filter, as PDFs of at most 50 letters each
 * (the API pages them: `X-Page-Count`); 409 `no_arrears` when none match.
 */
export function useDownloadDunningLetters() {
  return useMutation({
    mutationFn: async (query: Omit<ArrearsQuery, 'as_of'>): Promise<{ files: number; letters: number }> => {
      const get = (page: number) => downloadFileWithHeaders('/api/v1/reports/dunning-letters', `dunning-letters-${page}.pdf`, { ...query, page, per_page: LETTERS_PER_PDF });
      const first = await get(1);
      const pages = Math.max(1, Number(first.headers.get('X-Page-Count')) || 1);
      for (let page = 2; page <= pages; page += 1) await get(page);
      return { files: pages, letters: Number(first.headers.get('X-Total-Count')) || 0 };
    },
  });
}
