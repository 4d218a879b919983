/** Every change to users; each invalidates the cached lists, details and stats. */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api.gen';

import type { User } from './get-users';
import { invalidateDomain, useInvalidateDomain } from '@/lib/query-keys';

export type UserCreate = components['schemas']['UserCreate'];
export type UserUpdate = components['schemas']['UserUpdate'];

export function createUser(body: UserCreate): Promise<User> {
  return unwrap(api.POST('/api/v1/users', { body }));
}

export function updateUser(id: number, body: UserUpdate): Promise<User> {
  return unwrap(api.PATCH('/api/v1/users/{user_id}', { params: { path: { user_id: id } }, body }));
}

export async function deleteUser(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/v1/users/{user_id}', { params: { path: { user_id: id } } }));
}

export function unlockUser(id: number): Promise<User> {
  return unwrap(api.POST('/api/v1/users/{user_id}/unlock', { params: { path: { user_id: id } } }));
}

export async function revokeUserSessions(id: number): Promise<void> {
  await unwrap(api.POST('/api/v1/users/{user_id}/revoke-sessions', { params: { path: { user_id: id } } }));
}

export function useCreateUser() {
  const invalidate = useInvalidateDomain('users');
  return useMutation({ mutationFn: createUser, onSuccess: invalidate });
}

export function useUpdateUser(id: number) {
  const invalidate = useInvalidateDomain('users');
  return useMutation({ mutationFn: (body: UserUpdate) => updateUser(id, body), onSuccess: invalidate });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    // Lists and stats only: refetching the open detail page would ask for the deleted user.
    onSuccess: (_data, id) => invalidateDomain(queryClient, 'users', (key) => key[0] === 'users' && key[1] === 'detail' && key[2] === id),
  });
}

export function useUnlockUser() {
  const invalidate = useInvalidateDomain('users');
  return useMutation({ mutationFn: unlockUser, onSuccess: invalidate });
}

export function useRevokeUserSessions() {
  return useMutation({ mutationFn: revokeUserSessions });
}

export type SetPasswordLink = components['schemas']['SetPasswordLink'];

/** A one-time set-password link for someone without a password of their own (409 has_password otherwise). Audited. */
export function createSetPasswordLink(id: number): Promise<SetPasswordLink> {
  return unwrap(api.POST('/api/v1/users/{user_id}/set-password-link', { params: { path: { user_id: id } } }));
}

export function useCreateSetPasswordLink(id: number) {
  // Never cached: the link is shown once, and a new one replaces it.
  return useMutation({ mutationFn: () => createSetPasswordLink(id) });
}
