/**
 * The typed API client: openapi-fetch over the generated OpenAPI types, with
 * the access token added to every request and one silent refresh on a 401.
 */
import createClient from 'openapi-fetch';

import { env } from '@/config/env';
import type { paths } from '@/types/api.gen';

import { refreshAccessToken } from './auth/refresh';
import { tokenStore } from './auth/token-store';
import { ApiError, networkError, parseRetryAfter, toProblem } from './problem';

// Endpoints whose 401 means "wrong credentials" or "no session": never refresh for them.
const NO_REFRESH = ['/auth/login', '/auth/refresh', '/auth/logout'];

function withToken(request: Request, token: string | null): Request {
  const next = new Request(request);
  if (token) next.headers.set('Authorization', `Bearer ${token}`);
  return next;
}

/** fetch() with the bearer token; on 401 refresh once (shared) and replay the request. */
export async function authFetch(request: Request): Promise<Response> {
  const replay = request.clone();
  const token = tokenStore.get();
  const response = await fetch(withToken(request, token));
  const path = new URL(request.url, 'http://x').pathname;
  if (response.status !== 401 || NO_REFRESH.some((p) => path.endsWith(p))) return response;
  const fresh = await refreshAccessToken(token);
  if (!fresh) return response;
  return fetch(withToken(replay, fresh));
}

/** The API origin: VITE_API_BASE_URL, or the page's own origin when that is empty. */
function defaultBaseUrl(): string {
  return env.apiBaseUrl || (typeof window !== 'undefined' ? window.location.origin : '');
}

export function createApiClient(baseUrl: string = defaultBaseUrl()) {
  return createClient<paths>({ baseUrl, fetch: authFetch });
}

export const api = createApiClient();

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Await an openapi-fetch call and return its data, or throw the problem as an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  const { response } = result;
  if (!response.ok) {
    // openapi-fetch has already read the body into `error`.
    const problem = toProblem(result.error, response.status, response.statusText);
    throw new ApiError(problem, parseRetryAfter(response.headers.get('Retry-After')));
  }
  return result.data as T;
}
