import type { TFunction } from 'i18next';

import { isApiError, problemTypes } from './problem';

/** A message for people, in their language, for any error a request can end with. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  const { status, problem, retryAfter } = error;
  if (status === 0) return t('errors.network');
  if (status === 429) {
    return retryAfter ? t('errors.rateLimitedFor', { count: retryAfter }) : t('errors.rateLimited');
  }
  if (status === 403 && problem.type === problemTypes.passwordChangeRequired) return t('errors.passwordChangeRequired');
  if (status === 403 && problem.type === problemTypes.permissionDenied) {
    return t('errors.forbiddenAction', { detail: problem.detail });
  }
  if (status === 404) return t('errors.notFoundResource');
  if (status >= 500) {
    return problem.request_id ? t('errors.serverWithId', { id: problem.request_id }) : t('errors.server');
  }
  return problem.detail;
}
