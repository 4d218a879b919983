import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { affectedDomains, invalidateDomain, queryKeys } from './query-keys';

describe('the query-key registry', () => {
  it('says which cached data a change makes stale, transitively and once each', () => {
    expect(affectedDomains('houses').sort()).toEqual(['houses', 'membershipRequests', 'myHouses', 'stats', 'users', 'zones'].sort());
    expect(affectedDomains('village')).toEqual(['village']);
    expect(affectedDomains('membershipRequests')).toContain('users');
  });

  it('invalidates a domain and its dependents, sparing what must not refetch', async () => {
    const client = new QueryClient();
    const keys = [queryKeys.houses.detail(3), queryKeys.houses.detail(4), queryKeys.users.detail(1), queryKeys.village, queryKeys.stats(30)];
    keys.forEach((key) => client.setQueryData(key, 1));
    await invalidateDomain(client, 'houses', (key) => key[0] === 'houses' && key[2] === 3);
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(keys.map(stale)).toEqual([false, true, true, false, true]);
  });
});
