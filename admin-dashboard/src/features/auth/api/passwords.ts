/** Signing up, setting a password with a link, and the first password change. */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api.gen';

export type RegisterRequest = components['schemas']['RegisterRequest'];
export type RegisteredUser = components['schemas']['UserRead'];

export function register(body: RegisterRequest): Promise<RegisteredUser> {
  return unwrap(api.POST('/auth/register', { body }));
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}

/** POST /auth/set-password: 204, 401 for a used/expired/unknown link, 422 for a password the policy refuses. */
export async function setPasswordWithToken(token: string, newPassword: string): Promise<void> {
  await unwrap(api.POST('/auth/set-password', { body: { token, new_password: newPassword } }));
}

export function useSetPasswordWithToken() {
  return useMutation({ mutationFn: ({ token, password }: { token: string; password: string }) => setPasswordWithToken(token, password) });
}

/** POST /auth/password-reset: always 202 (whether the address has an account is never told). */
export async function requestPasswordReset(email: string): Promise<void> {
  await unwrap(api.POST('/auth/password-reset', { body: { email } }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/** POST /auth/password-reset/confirm: 204, 401 for a used/expired/unknown link, 422 for a password the policy refuses. */
export async function confirmPasswordReset(token: string, newPassword: string): Promise<void> {
  await unwrap(api.POST('/auth/password-reset/confirm', { body: { token, new_password: newPassword } }));
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: ({ token, password }: { token: string; password: string }) => confirmPasswordReset(token, password) });
}

/** The first password change (the office's initial password → one's own): /auth/me then allows everything. */
export function useReplaceInitialPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['ChangePasswordRequest']) => {
      await unwrap(api.POST('/auth/change-password', { body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
