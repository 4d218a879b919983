/**
 * The registry's 409s in words: the API names each rule with a `code`
 * (village/houses/service.py); people get a sentence saying what to do instead.
 */
import type { TFunction } from 'i18next';

import { isApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

const CONFLICTS: Record<string, string> = {
  already_member: 'members.alreadyMember',
  identifiers_of_two_people: 'members.twoPeople',
  has_history: 'members.hasHistory',
  house_number_taken: 'houses.taken',
  already_decided: 'requests.alreadyDecided',
};

export function registryProblem(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 409 && error.code && CONFLICTS[error.code]) return t(CONFLICTS[error.code]!);
  return problemMessage(error, t);
}
