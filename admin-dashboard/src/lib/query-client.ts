import { QueryClient } from '@tanstack/react-query';

import { isApiError } from './problem';

// Retrying these cannot change the answer.
const FINAL_STATUSES = new Set([400, 401, 403, 404, 409, 422, 429]);

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && FINAL_STATUSES.has(error.status)) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
