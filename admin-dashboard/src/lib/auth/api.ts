import type { components } from '@/types/api.gen';

import { api, unwrap } from '../api-client';
import { signInIdentifier } from '../identifier';

export type Me = components['schemas']['MeRead'];
export type LoginResponse = components['schemas']['LoginResponse'];

export function getMe(): Promise<Me> {
  return unwrap(api.GET('/auth/me'));
}

/** Sign in with an email or a phone; the server also sets the HttpOnly refresh cookie (credentials: include). */
export function postLogin(identifier: string, password: string): Promise<LoginResponse> {
  const body = { ...signInIdentifier(identifier), password };
  return unwrap(api.POST('/auth/login', { body, credentials: 'include' }));
}

/** End the server session and clear the cookies. */
export async function postLogout(): Promise<void> {
  await unwrap(api.POST('/auth/logout', { credentials: 'include' }));
}
