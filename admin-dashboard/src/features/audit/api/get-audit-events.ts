import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/types/api.gen';
import { queryKeys } from '@/lib/query-keys';

export type AuditEvent = AuditEventPage['items'][number];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditAction = components['schemas']['AuditAction'];
export type AuditQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

export function getAuditEvents(query: AuditQuery): Promise<AuditEventPage> {
  return unwrap(api.GET('/api/v1/audit-events', { params: { query } }));
}

export function getAuditEventsQueryOptions(query: AuditQuery) {
  return queryOptions({ queryKey: queryKeys.audit(query), queryFn: () => getAuditEvents(query) });
}

export function useAuditEvents(query: AuditQuery) {
  return useQuery({ ...getAuditEventsQueryOptions(query), placeholderData: keepPreviousData });
}
