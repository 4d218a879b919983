import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/auth/auth-provider';
import type { components } from '@/types/api.gen';
import { queryKeys } from '@/lib/query-keys';

export type ProfileUpdate = components['schemas']['ProfileUpdate'];
export type ChangePassword = components['schemas']['ChangePasswordRequest'];

export function updateProfile(body: ProfileUpdate) {
  return unwrap(api.PATCH('/auth/me', { body }));
}

export async function changePassword(body: ChangePassword): Promise<void> {
  await unwrap(api.POST('/auth/change-password', { body }));
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // Every other session has ended on the server.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
