import { describe, expect, it } from 'vitest';

import { i18n } from './i18n';
import { ApiError } from './problem';
import { problemMessage } from './problem-message';
import { createQueryClient, needsOwnPassword, shouldRetry } from './query-client';
import { queryKeys } from './query-keys';

const mustChange = new ApiError({ type: 'urn:village:problem:password-change-required', title: 'Password change required', status: 403, detail: 'x' });

describe('the query client', () => {
  it('does not retry answers that cannot change', () => {
    expect(shouldRetry(0, mustChange)).toBe(false);
    expect(shouldRetry(0, new Error('network'))).toBe(true);
    expect(shouldRetry(2, new Error('network'))).toBe(false);
  });

  it('a session that must choose its own password is told so, and /auth/me is reloaded to show that screen', async () => {
    expect(needsOwnPassword(mustChange)).toBe(true);
    expect(problemMessage(mustChange, i18n.getFixedT('en'))).toBe('Choose your own password first: sign in again to do it.');
    const client = createQueryClient();
    client.setQueryData(queryKeys.me, { id: 1 });
    await client.fetchQuery({ queryKey: queryKeys.houses.detail(1), queryFn: () => Promise.reject(mustChange), retry: false }).catch(() => undefined);
    expect(client.getQueryState(queryKeys.me)?.isInvalidated).toBe(true);
  });
});
