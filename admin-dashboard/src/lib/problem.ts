/**
 * RFC 9457 problem details: every API error is one. `ApiError` carries the
 * parsed problem so components can show its message or map its field errors.
 */

export interface FieldError {
  field: string;
  message: string;
  code: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  request_id?: string;
  /** A 409's machine-readable rule (`has_history`, `already_member`, …). */
  code?: string;
}

export const problemTypes = {
  authenticationFailed: 'urn:village:problem:authentication-failed',
  authenticationRequired: 'urn:village:problem:authentication-required',
  invalidToken: 'urn:village:problem:invalid-token',
  permissionDenied: 'urn:village:problem:permission-denied',
  passwordChangeRequired: 'urn:village:problem:password-change-required',
  registrationClosed: 'urn:village:problem:registration-closed',
  accountNotActive: 'urn:village:problem:account-not-active',
  notFound: 'urn:village:problem:not-found',
  conflict: 'urn:village:problem:conflict',
  validation: 'urn:village:problem:validation-error',
  unavailable: 'urn:village:problem:service-unavailable',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The `code` of a 409 (or any problem that names its rule), else null. */
  get code(): string | null {
    return this.problem.code ?? null;
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.message === 'string';
}

/** Read a problem from any error body; fill the gaps from the HTTP status. */
export function toProblem(body: unknown, status: number, statusText = ''): Problem {
  const fallbackTitle = statusText || (status === 0 ? 'Network error' : `HTTP ${status}`);
  if (typeof body !== 'object' || body === null) {
    return { type: 'about:blank', title: fallbackTitle, status, detail: fallbackTitle };
  }
  const b = body as Record<string, unknown>;
  const title = typeof b.title === 'string' ? b.title : fallbackTitle;
  const problem: Problem = {
    type: typeof b.type === 'string' ? b.type : 'about:blank',
    title,
    status: typeof b.status === 'number' ? b.status : status,
    detail: typeof b.detail === 'string' ? b.detail : title,
  };
  if (Array.isArray(b.errors)) {
    problem.errors = b.errors.filter(isFieldError).map((e) => ({
      field: e.field,
      message: e.message,
      code: typeof e.code === 'string' ? e.code : 'invalid',
    }));
  }
  if (typeof b.request_id === 'string') problem.request_id = b.request_id;
  if (typeof b.code === 'string') problem.code = b.code;
  return problem;
}

/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Build the ApiError of a failed response (the body may or may not be JSON). */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    body = null; // not JSON: the status alone describes it
  }
  return new ApiError(
    toProblem(body, response.status, response.statusText),
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    detail: cause instanceof Error ? cause.message : 'The server could not be reached.',
  });
  return error;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
