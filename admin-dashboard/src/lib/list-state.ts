/**
 * A list page's search, filters, sort and page, kept in the URL (shareable,
 * back-button friendly) and read back into the API's query. Each list
 * declares its parameters once; anything malformed in the URL is dropped,
 * never sent.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

type Param =
  | { kind: 'text'; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' };

type ParamValue<P extends Param> = P extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : P extends { kind: 'bool' }
    ? boolean
    : string;

export interface ListSpec<F extends Record<string, Param>, S extends string> {
  filters: F;
  /** Sortable fields; the URL's `sort` is one of them, `-` in front for descending. */
  sortable: readonly S[];
  defaultSort: S | `-${S}`;
  pageSizes: readonly number[];
  defaultPerPage: number;
}

export type ListQuery<F extends Record<string, Param>, S extends string> = {
  page: number;
  per_page: number;
  sort: S | `-${S}`;
} & { [K in keyof F]?: ParamValue<F[K]> };

/** Helpers to declare a list's parameters with their value types. */
export const param = {
  text: (max = 100) => ({ kind: 'text', max }) as const,
  oneOf: <const V extends readonly string[]>(values: V) => ({ kind: 'enum', values }) as const,
  bool: () => ({ kind: 'bool' }) as const,
};

function parseParam(raw: string | null, spec: Param): unknown {
  if (raw === null) return undefined;
  switch (spec.kind) {
    case 'text': {
      const text = raw.trim().slice(0, spec.max ?? 100);
      return text || undefined;
    }
    case 'enum':
      return spec.values.find((value) => value === raw);
    case 'bool':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
  }
}

export function parseListQuery<F extends Record<string, Param>, S extends string>(
  params: URLSearchParams,
  spec: ListSpec<F, S>,
): ListQuery<F, S> {
  const page = Math.max(1, Math.min(100_000, Math.trunc(Number(params.get('page'))) || 1));
  const perPageRaw = Number(params.get('per_page'));
  const perPage = spec.pageSizes.includes(perPageRaw) ? perPageRaw : spec.defaultPerPage;
  const sortRaw = params.get('sort') ?? '';
  const sortField = spec.sortable.find((field) => field === sortRaw.replace(/^-/, ''));
  const sort = (sortField ? sortRaw : spec.defaultSort) as S | `-${S}`;
  const query: Record<string, unknown> = { page, per_page: perPage, sort };
  for (const [key, paramSpec] of Object.entries(spec.filters)) {
    const value = parseParam(params.get(key), paramSpec);
    if (value !== undefined) query[key] = value;
  }
  return query as ListQuery<F, S>;
}

export type ListChanges = Record<string, string | number | boolean | null | undefined>;

export function useListState<F extends Record<string, Param>, S extends string>(spec: ListSpec<F, S>) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(params, spec), [params, spec]);

  /** Change parameters (null or '' removes one); any change but the page's goes back to page 1. */
  const update = useCallback(
    (changes: ListChanges, resetPage = true) => {
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
    (field: S) => update({ sort: query.sort === field ? `-${field}` : field }),
    [query.sort, update],
  );

  const filtered = Object.keys(spec.filters).some((key) => params.has(key));
  return { query, update, toggleSort, filtered, pageSizes: spec.pageSizes, raw: params };
}
