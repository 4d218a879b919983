/**
 * What the signed-in user may do, from the permission names of GET /auth/me —
 * the same names the API enforces. The UI hides what a user may not do; the
 * API still refuses it.
 */
import type { ReactNode } from 'react';

import type { Permission, Role } from '@/config/constants';

import { useAuth } from './auth/auth-provider';

export interface Authorization {
  can: (permission: Permission) => boolean;
  assignableRoles: Role[];
}

export function useAuthorization(): Authorization {
  const { user } = useAuth();
  const granted = new Set(user?.permissions ?? []);
  return {
    can: (permission) => granted.has(permission),
    assignableRoles: (user?.assignable_roles ?? []) as Role[],
  };
}

interface CanProps {
  permission: Permission;
  children: ReactNode;
  fallback?: ReactNode;
}

/** Render `children` only for users holding `permission`. */
export function Can({ permission, children, fallback = null }: CanProps) {
  const { can } = useAuthorization();
  return <>{can(permission) ? children : fallback}</>;
}
