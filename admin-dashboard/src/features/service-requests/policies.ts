/**
 * Who works which side of a service request, mirroring the backend
 * (village/service_requests/policies.py and machine.py). The API decides (404
 * outside one's houses, 409 for a move not in the table) and tells each
 * request's `allowed_transitions`; these only choose what to offer.
 */
import type { components } from '@/types/api.gen';

type Me = Pick<components['schemas']['MeRead'], 'permissions' | 'scope'>;
type Status = components['schemas']['Status'];

/** The office: manages requests for the whole village (a resident manages only their own). */
export function isRequestStaff(me: Me | null | undefined): boolean {
  return !!me && me.scope === 'all' && me.permissions.includes('service_requests:manage');
}

/** village.md: on_hold and rejected need a reason. */
export const REASON_REQUIRED: ReadonlySet<Status> = new Set<Status>(['on_hold', 'rejected']);

/** Statuses the office still owes the resident something on. */
export const OPEN_STATUSES: readonly Status[] = ['submitted', 'in_progress', 'on_hold'];

export const STATUSES = ['submitted', 'in_progress', 'on_hold', 'resolved', 'rejected', 'cancelled', 'closed'] as const satisfies readonly Status[];
export const CATEGORIES = [
  'repair',
  'electric',
  'water',
  'road_lighting',
  'garden',
  'security',
  'garbage',
  'noise_neighbour',
  'pets',
  'other',
] as const satisfies readonly components['schemas']['Category'][];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly components['schemas']['Priority'][];

/** A move from resolved back to in_progress is the opener's reopen. */
export function isReopen(from: Status, to: Status): boolean {
  return from === 'resolved' && to === 'in_progress';
}

export const STATUS_COLORS: Record<Status, string> = {
  submitted: 'blue',
  in_progress: 'yellow',
  on_hold: 'orange',
  resolved: 'teal',
  rejected: 'red',
  cancelled: 'gray',
  closed: 'green',
};

export const PRIORITY_COLORS: Record<components['schemas']['Priority'], string> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};
