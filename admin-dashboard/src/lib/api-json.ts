/**
 * Files the API serves only to the signed-in user (PDFs, slip images),
 * through the authenticated fetch: saved by the browser or handed back as a
 * blob. Problems throw the same ApiError as `unwrap`.
 */
import { env } from '@/config/env';

import { authFetch } from './api-client';
import { errorFromResponse, networkError } from './problem';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | readonly (string | number)[]>;

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl || window.location.origin}${path}${search ? `?${search}` : ''}`;
}

export async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await authFetch(request);
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** The file name the server proposes (Content-Disposition), else `fallback`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/** Download a file the API serves to the signed-in user (a PDF): the browser saves it. */
export async function downloadFile(path: string, fallbackName: string, query?: Query): Promise<string> {
  return (await downloadFileWithHeaders(path, fallbackName, query)).name;
}

/** The same, also handing back the response's headers (a batch's `X-Page-Count`). */
export async function downloadFileWithHeaders(path: string, fallbackName: string, query?: Query): Promise<{ name: string; headers: Headers }> {
  const response = await send(new Request(apiUrl(path, query)));
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, headers: response.headers };
}

/** A file the API serves only with the user's token, as a blob (for an <img> or a new tab). */
export async function fetchBlob(path: string): Promise<Blob> {
  const response = await send(new Request(apiUrl(path)));
  return response.blob();
}
