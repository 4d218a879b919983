import type { ReactNode } from 'react';

import type { Permission } from '@/config/constants';
import { useAuthorization } from '@/lib/authorization';

import { ForbiddenPage } from './errors/status-page';

/** A route guard: the page for users holding `permission`, a 403 page for everyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuthorization();
  return can(permission) ? <>{children}</> : <ForbiddenPage />;
}
