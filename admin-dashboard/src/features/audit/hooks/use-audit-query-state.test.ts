import { describe, expect, it } from 'vitest';

import { AUDIT_PER_PAGE, dayEndIso, dayStartIso, parseAuditQuery } from './use-audit-query-state';

const parse = (search: string) => parseAuditQuery(new URLSearchParams(search));

describe('parseAuditQuery', () => {
  it('asks for the first page of everything by default', () => {
    expect(parse('')).toEqual({ page: 1, per_page: AUDIT_PER_PAGE });
  });

  it('passes the person, an action of the enum and a known target type', () => {
    expect(parse('q=%20Somchai%20&action=role_changed&target_type=session&page=3')).toEqual({
      page: 3,
      per_page: AUDIT_PER_PAGE,
      q: 'Somchai',
      action: 'role_changed',
      target_type: 'session',
    });
  });

  it('ignores what the API would refuse: unknown actions and targets, bad pages', () => {
    expect(parse('action=token_refreshed&target_type=invoice&page=-2')).toEqual({ page: 1, per_page: AUDIT_PER_PAGE });
    expect(parse('action=toString&page=abc')).toEqual({ page: 1, per_page: AUDIT_PER_PAGE });
    expect(parse('q=%20%20')).toEqual({ page: 1, per_page: AUDIT_PER_PAGE });
  });

  it('cuts a pasted search to the API limit', () => {
    expect(parse(`q=${'ก'.repeat(150)}`).q).toHaveLength(100);
  });

  it('turns the days into the start of the first and the end of the last, with a time zone', () => {
    const query = parse('since=2026-11-01&until=2026-11-30');
    expect(query.since).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.until).toBe(new Date(2026, 11, 1).toISOString());
    expect(query.since).toMatch(/Z$/);
  });

  it('drops days that are malformed or do not exist', () => {
    expect(parse('since=2026-02-31&until=28/11/2569')).toEqual({ page: 1, per_page: AUDIT_PER_PAGE });
  });
});

describe('day boundaries', () => {
  it('ends a day where the next one starts', () => {
    expect(dayEndIso('2026-12-31')).toBe(dayStartIso('2027-01-01'));
  });

  it('has none for no day', () => {
    expect(dayStartIso(null)).toBeUndefined();
    expect(dayEndIso('')).toBeUndefined();
  });
});
