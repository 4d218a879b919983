/**
 * Put the API's validation errors (422 `errors[]`, 409 on email) onto the
 * form fields they name; whatever names no field on the form comes back as
 * one message for an alert above it.
 */
import type { TFunction } from 'i18next';

import { isApiError, problemTypes } from './problem';
import type { FieldError } from './problem';
import { problemMessage } from './problem-message';

export type SetFieldError = (field: string, message: string) => void;

/** "json.password" / "body.password" / "password" → "password". */
export function fieldName(field: string): string {
  return field.replace(/^(json|body|query)\./, '');
}

/** The message of one field error: the server's words in English, a translation by `code` otherwise. */
export function fieldErrorMessage(error: FieldError, t: TFunction, language: string): string {
  if (language.startsWith('en')) return error.message;
  return t(`fieldErrors.${error.code}`, { defaultValue: error.message });
}

export function applyApiErrors(
  error: unknown,
  fields: readonly string[],
  setFieldError: SetFieldError,
  t: TFunction,
  language: string,
): string | null {
  if (!isApiError(error)) return problemMessage(error, t);
  if (error.status === 409 && error.problem.type === problemTypes.conflict) {
    // Which identifier is taken: the code says (`phone_taken`), an older server only meant the email.
    const field = error.code === 'phone_taken' ? 'phone' : error.code === 'email_taken' || !error.code ? 'email' : null;
    if (field && fields.includes(field)) {
      setFieldError(field, t(field === 'phone' ? 'errors.phoneTaken' : 'errors.emailTaken'));
      return null;
    }
  }
  if (error.status !== 422 || error.fieldErrors.length === 0) return problemMessage(error, t);
  const leftovers: string[] = [];
  const byField = new Map<string, string[]>();
  for (const item of error.fieldErrors) {
    const name = fieldName(item.field);
    const message = fieldErrorMessage(item, t, language);
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), message]);
    else leftovers.push(message);
  }
  byField.forEach((messages, name) => setFieldError(name, messages.join(' ')));
  return leftovers.length > 0 ? leftovers.join(' ') : null;
}
