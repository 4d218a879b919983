/**
 * The privacy API's 409s in words: the API names each rule with a `code`
 * (village/privacy/service.py); people get a sentence instead.
 */
import type { TFunction } from 'i18next';

import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

const CONFLICTS = ['already_pending', 'already_decided', 'already_erased', 'last_super_admin', 'not_an_erasure_request', 'not_current'] as const;
type Conflict = (typeof CONFLICTS)[number];

function isConflict(code: string | null): code is Conflict {
  return CONFLICTS.some((known) => known === code);
}

export function privacyProblem(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 409 && isConflict(error.code)) return t(`privacy.problems.${error.code}`);
  return problemMessage(error, t);
}
