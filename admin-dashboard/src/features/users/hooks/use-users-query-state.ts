/** The users table's page, search, filters and sort, kept in the URL (shareable, back-button friendly). */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { ROLES, STATUSES } from '@/config/constants';
import type { Role, UserStatus } from '@/config/constants';

import type { UserSort, UsersQuery } from '../api/get-users';

export const SORTABLE = ['full_name', 'email', 'role', 'status', 'house_number', 'created_at', 'last_login_at'] as const;
const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_SORT: UserSort = '-created_at';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

export function parseUsersQuery(params: URLSearchParams): UsersQuery {
  const page = Math.max(1, Math.min(100_000, Number(params.get('page')) || 1));
  const perPageRaw = Number(params.get('per_page'));
  const perPage = PAGE_SIZES.includes(perPageRaw) ? perPageRaw : 20;
  const sortRaw = params.get('sort') ?? '';
  const sortField = oneOf(sortRaw.replace(/^-/, ''), SORTABLE);
  const sort = (sortField ? sortRaw : DEFAULT_SORT) as UserSort;
  const query: UsersQuery = { page, per_page: perPage, sort };
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const role = oneOf<Role>(params.get('role'), ROLES);
  if (role) query.role = role;
  const status = oneOf<UserStatus>(params.get('status'), STATUSES);
  if (status) query.status = status;
  const locked = params.get('locked');
  if (locked === 'true' || locked === 'false') query.locked = locked === 'true';
  return query;
}

export function useUsersQueryState() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseUsersQuery(params), [params]);

  const update = useCallback(
    (changes: Record<string, string | number | null | undefined>, resetPage = true) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage && !('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const toggleSort = useCallback(
    (field: (typeof SORTABLE)[number]) => {
      const current = query.sort ?? DEFAULT_SORT;
      const next = current === field ? `-${field}` : field;
      update({ sort: next });
    },
    [query.sort, update],
  );

  return { query, update, toggleSort, pageSizes: PAGE_SIZES };
}
