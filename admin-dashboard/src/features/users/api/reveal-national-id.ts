/**
 * The full national ID number of a user, for an admin who may edit that
 * account. A POST, never cached: each reading is recorded in the audit log,
 * and the number lives only in the component that asked for it.
 */
import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export async function revealNationalId(id: number): Promise<string> {
  const body = await unwrap(api.POST('/api/v1/users/{user_id}/reveal-national-id', { params: { path: { user_id: id } } }));
  return body.national_id;
}

export function useRevealNationalId(id: number) {
  return useMutation({ mutationFn: () => revealNationalId(id) });
}
