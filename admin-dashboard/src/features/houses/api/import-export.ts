/**
 * Houses in and out of spreadsheets: POST /api/v1/houses/import (multipart
 * `file`, `?dry_run=`) and GET /api/v1/houses/export?format=csv|xlsx. Files,
 * not JSON, so these go through the authenticated fetch directly; the types
 * still come from the generated API (a renamed endpoint fails tsc here).
 */
import { useMutation } from '@tanstack/react-query';

import { env } from '@/config/env';
import { authFetch } from '@/lib/api-client';
import { errorFromResponse, networkError } from '@/lib/problem';
import type { components, paths } from '@/types/api.gen';

type ImportOperation = paths['/api/v1/houses/import']['post'];
type ExportOperation = paths['/api/v1/houses/export']['get'];

export type ImportReport = ImportOperation['responses'][200]['content']['application/json'];
export type ImportProblem = components['schemas']['ImportProblem'];
export type ExportFormat = NonNullable<NonNullable<ExportOperation['parameters']['query']>['format']>;

/** The columns an import takes and an export gives, in this order. */
export const IMPORT_COLUMNS = [
  'house_number',
  'plot_number',
  'zone',
  'land_area_sq_wah',
  'plot_type',
  'occupancy',
  'owner_name',
  'owner_phone',
  'owner_email',
] as const;

function apiUrl(path: string): string {
  return `${env.apiBaseUrl || window.location.origin}${path}`;
}

async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await authFetch(request);
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** Check (dry run) or import a file; a real run with any error writes nothing. */
export async function importHouses(file: File, dryRun: boolean): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await send(new Request(apiUrl(`/api/v1/houses/import?dry_run=${dryRun}`), { method: 'POST', body }));
  return (await response.json()) as ImportReport;
}

export function useImportHouses() {
  return useMutation({ mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => importHouses(file, dryRun) });
}

/** The file name the server proposes (Content-Disposition), else houses.<format>. */
export function fileNameFrom(disposition: string | null, format: ExportFormat): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  const plain = disposition?.match(/filename="?([^";]+)"?/i)?.[1];
  return plain ?? `houses.${format}`;
}

/** Download every house as CSV or Excel (the browser saves the file). */
export async function exportHouses(format: ExportFormat): Promise<string> {
  const response = await send(new Request(apiUrl(`/api/v1/houses/export?format=${format}`)));
  const name = fileNameFrom(response.headers.get('Content-Disposition'), format);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export function useExportHouses() {
  return useMutation({ mutationFn: exportHouses });
}
