/**
 * Rules about accounts the dashboard mirrors from the backend (village/users/service.py,
 * village/security/role_rules.py), so it offers only what the API would accept.
 * The API still decides; these only hide or explain.
 */
import type { Role } from '@/config/constants';

import type { User } from './api/get-users';

type Account = Pick<User, 'has_password' | 'password_change_required'>;

/** The password is the person's own: not none, not a first one from the office. */
export function ownsPassword(user: Account): boolean {
  return user.has_password && !user.password_change_required;
}

/** A set-password link is for someone without a password of their own (else 409 has_password). */
export function mayGetSetPasswordLink(user: Account): boolean {
  return !ownsPassword(user);
}

export interface Viewer {
  id: number;
  canWrite: boolean;
  canDelete: boolean;
  canRevokeSessions: boolean;
  assignableRoles: readonly Role[];
}

/** What `viewer` may do to `target`: the permission names and the role rules (a village admin manages residents only). */
export function userActions(viewer: Viewer, target: Pick<User, 'id' | 'role' | 'locked_until'> & Account, now = Date.now()) {
  const manageable = viewer.assignableRoles.includes(target.role);
  const self = viewer.id === target.id;
  const write = viewer.canWrite && manageable;
  return {
    edit: write,
    changeStatus: write && !self,
    unlock: write && Boolean(target.locked_until && Date.parse(target.locked_until) > now),
    endSessions: viewer.canRevokeSessions && !self,
    remove: viewer.canDelete && manageable && !self,
    setPasswordLink: write && !self && mayGetSetPasswordLink(target),
  };
}
