import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api.gen';

export type InvitationLetter = components['schemas']['InvitationLetter'];
export type Invitation = components['schemas']['Invitation'];

/**
 * Fresh set-password links for the houses' members without a password of
 * their own. A mutation, never a cached query: each call issues new links
 * (the earlier ones stop working) and they are shown only this once.
 */
export function useInvitationLetters() {
  return useMutation({
    mutationFn: (houseIds: number[]) => unwrap(api.POST('/api/v1/houses/invitation-letters', { body: { house_ids: houseIds } })),
  });
}
