/**
 * Names the API defines, taken from its generated types: a role, status or
 * permission added to (or removed from) the backend fails `tsc` here until the
 * lists below say the same, so the dashboard never works from a copy.
 */
import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];
export type Role = Schemas['Role'];
export type UserStatus = Schemas['UserStatus'];
export type Permission = Schemas['Permission'];

/** Every member of a generated union, in the order written here (checked both ways by `satisfies`). */
function members<T extends string>(table: Record<T, true>): T[] {
  return Object.keys(table) as T[];
}

export const ROLES = members<Role>({
  super_admin: true,
  village_admin: true,
  accounting_admin: true,
  resident: true,
});

export const STATUSES = members<UserStatus>({ active: true, inactive: true, pending: true });

export const PERMISSIONS = members<Permission>({
  'profile:read': true,
  'profile:write': true,
  'users:read': true,
  'users:write': true,
  'users:delete': true,
  'village:write': true,
  'houses:read': true,
  'houses:write': true,
  'announcements:write': true,
  'service_requests:manage': true,
  'privacy:manage': true,
  'finance:read': true,
  'finance:write': true,
  'payments:record': true,
  'finance:approve': true,
  'finance:reopen': true,
  'audit:read': true,
  'sessions:revoke_any': true,
});

/** Cookies and headers of the browser session (see docs/api.md). */
export const CSRF_COOKIE = 'village_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const LANGUAGE_STORAGE_KEY = 'village.language';
