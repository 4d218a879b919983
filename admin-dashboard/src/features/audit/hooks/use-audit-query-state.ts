/** The audit log's filters and page, kept in the URL (shareable, back-button friendly). */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { AuditQuery } from '../api/get-audit-events';
import { isAuditAction, TARGET_TYPES } from '../utils/audit-actions';

export const AUDIT_PER_PAGE = 25;
/** The API's limit for `q` (SearchText). */
const MAX_PERSON_LENGTH = 100;

/** A calendar day ("2026-11-28") as the start of that day in the user's time zone, ISO with offset. */
export function dayStartIso(day: string | null | undefined): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // new Date rolls 2026-02-31 over into March: refuse days that do not exist.
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return undefined;
  return date.toISOString();
}

/** The exclusive end of a day: the start of the next one (23-hour and 25-hour days included). */
export function dayEndIso(day: string | null | undefined): string | undefined {
  const start = dayStartIso(day);
  if (!start) return undefined;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/** A valid ISO day from the URL, or null. */
export function parseDay(value: string | null): string | null {
  return dayStartIso(value) ? value : null;
}

/** The API query for the URL's filters; anything malformed in the URL is ignored, not sent. */
export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const page = Math.max(1, Math.min(100_000, Math.trunc(Number(params.get('page'))) || 1));
  const query: AuditQuery = { page, per_page: AUDIT_PER_PAGE };
  const q = params.get('q')?.trim().slice(0, MAX_PERSON_LENGTH);
  if (q) query.q = q;
  const action = params.get('action');
  if (isAuditAction(action)) query.action = action;
  const targetType = TARGET_TYPES.find((type) => type === params.get('target_type'));
  if (targetType) query.target_type = targetType;
  const since = dayStartIso(params.get('since'));
  if (since) query.since = since;
  const until = dayEndIso(params.get('until'));
  if (until) query.until = until;
  return query;
}

export const FILTER_KEYS = ['q', 'action', 'target_type', 'since', 'until'] as const;

export function useAuditQueryState() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseAuditQuery(params), [params]);

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

  const clear = useCallback(() => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))), [update]);

  return {
    query,
    /** The raw days for the pickers ("2026-11-28"), not the ISO instants sent to the API. */
    since: parseDay(params.get('since')),
    until: parseDay(params.get('until')),
    person: params.get('q') ?? '',
    filtered: FILTER_KEYS.some((key) => params.has(key)),
    update,
    clear,
  };
}
