/** Names the API defines; the UI uses the same ones. */
export const ROLES = ['super_admin', 'village_admin', 'accounting_admin', 'resident'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = ['active', 'inactive', 'pending'] as const;
export type UserStatus = (typeof STATUSES)[number];

export const PERMISSIONS = [
  'profile:read',
  'profile:write',
  'users:read',
  'users:write',
  'users:delete',
  'finance:read',
  'finance:write',
  'audit:read',
  'sessions:revoke_any',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Cookies and headers of the browser session (see docs/api.md). */
export const CSRF_COOKIE = 'village_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const LANGUAGE_STORAGE_KEY = 'village.language';
