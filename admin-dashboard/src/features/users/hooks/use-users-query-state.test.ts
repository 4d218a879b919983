import { describe, expect, it } from 'vitest';

import { parseUsersQuery } from './use-users-query-state';

describe('parseUsersQuery', () => {
  it('reads page, search, filters and sort from the URL', () => {
    const query = parseUsersQuery(new URLSearchParams('page=3&per_page=50&q=somchai&role=resident&status=active&locked=true&sort=-full_name'));
    expect(query).toEqual({ page: 3, per_page: 50, q: 'somchai', role: 'resident', status: 'active', locked: true, sort: '-full_name' });
  });

  it('falls back to safe defaults for anything the API would refuse', () => {
    const query = parseUsersQuery(new URLSearchParams('page=-2&per_page=1000&role=king&sort=password_hash&locked=maybe'));
    expect(query).toEqual({ page: 1, per_page: 20, sort: '-created_at' });
  });
});
