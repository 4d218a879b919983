import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';

import type { components } from '@/types/api.gen';

import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

export type PasswordPolicy = components['schemas']['PasswordPolicyRead'];

export function getPasswordPolicy(): Promise<PasswordPolicy> {
  return unwrap(api.GET('/auth/password-policy'));
}

export function getPasswordPolicyQueryOptions() {
  return queryOptions({ queryKey: queryKeys.passwordPolicy, queryFn: getPasswordPolicy, staleTime: Infinity });
}

export function usePasswordPolicy() {
  return useQuery(getPasswordPolicyQueryOptions());
}

/** The server states its rules in English; other languages get a translation of each known rule. */
export function translateRule(rule: string, t: TFunction, language: string): string {
  if (language.startsWith('en')) return rule;
  const number = rule.match(/\d+/)?.[0];
  if (rule.startsWith('At least')) return t('policy.minLength', { count: Number(number) });
  if (rule.startsWith('An upper-case')) return t('policy.composition', { count: Number(number) });
  if (rule.startsWith('Not a common')) return t('policy.notCommon');
  if (rule.startsWith('Not based on your email')) return t('policy.notEmail');
  return rule;
}
