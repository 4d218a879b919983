import type { TFunction } from 'i18next';

import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

/** A credit note's 409s in words the office knows; anything else as the API says it. */
export function creditNoteProblem(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 409) {
    if (error.code === 'same_person') return t('creditNotes.errors.samePerson');
    if (error.code === 'exceeds_outstanding') return t('creditNotes.errors.exceedsOutstanding');
    if (error.code === 'period_closed') return t('creditNotes.errors.periodClosed');
  }
  return problemMessage(error, t);
}
