import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';

export type AuditEvent = AuditEventPage['items'][number];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

/** The actions the backend records (see docs/api.md); the filter offers these. */
export const AUDIT_ACTIONS = [
  'login_succeeded',
  'login_failed',
  'account_locked',
  'logout',
  'user_registered',
  'user_created',
  'user_updated',
  'user_deleted',
  'user_unlocked',
  'role_changed',
  'profile_updated',
  'password_changed',
  'reauthentication_failed',
  'session_revoked',
  'sessions_revoked',
  'token_reuse_detected',
] as const;

export function getAuditEvents(query: AuditQuery): Promise<AuditEventPage> {
  return unwrap(api.GET('/api/v1/audit-events', { params: { query } }));
}

export function getAuditEventsQueryOptions(query: AuditQuery) {
  return queryOptions({ queryKey: ['audit', 'list', query], queryFn: () => getAuditEvents(query) });
}

export function useAuditEvents(query: AuditQuery) {
  return useQuery({ ...getAuditEventsQueryOptions(query), placeholderData: keepPreviousData });
}
