import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError, problemTypes } from './problem';
import { queryKeys } from './query-keys';

// Retrying these cannot change the answer.
const FINAL_STATUSES = new Set([400, 401, 403, 404, 409, 422, 429]);

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && FINAL_STATUSES.has(error.status)) return false;
  return failureCount < 2;
}

/**
 * 403 password-change-required: this session must choose its own password first
 * (a first password set elsewhere, e.g. by the office while this tab was open).
 * Reloading /auth/me brings up the "choose your own password" screen.
 */
export function needsOwnPassword(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.problem.type === problemTypes.passwordChangeRequired;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  const onError = (error: unknown) => {
    if (needsOwnPassword(error)) void client.invalidateQueries({ queryKey: queryKeys.me });
  };
  return client;
}
