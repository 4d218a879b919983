/**
 * Setting up a test's data through the real API (faster and steadier than
 * clicking through forms the other tests already cover): sign in as one of
 * the global-setup accounts and call the API with its access token.
 */
import type { APIRequestContext } from '@playwright/test';

import { expect } from './fixtures';
import { USERS } from './state';
import type { RoleName } from './state';

export interface ApiSession {
  get: (path: string) => Promise<unknown>;
  post: (path: string, data?: unknown) => Promise<unknown>;
  patch: (path: string, data: unknown) => Promise<unknown>;
  delete: (path: string) => Promise<void>;
}

export async function apiAs(request: APIRequestContext, role: RoleName): Promise<ApiSession> {
  const { email, password } = USERS[role];
  const login = await request.post('/auth/login', { data: { email, password } });
  expect(login.status(), 'sign-in for the test setup').toBe(200);
  const token = ((await login.json()) as { access_token: string }).access_token;
  const headers = { Authorization: `Bearer ${token}` };
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) => {
    const response = await request.fetch(path, { method, headers, data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return response.status() === 204 ? null : (response.json() as Promise<unknown>);
  };
  return {
    get: (path) => call('GET', path),
    post: (path, data) => call('POST', path, data),
    patch: (path, data) => call('PATCH', path, data),
    delete: async (path) => {
      await call('DELETE', path);
    },
  };
}

/** Sign-in attempts that fail on purpose (a wrong password, an unknown account). */
export async function failSignIn(request: APIRequestContext, email: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const response = await request.post('/auth/login', { data: { email, password: `Wrong-pass-${i}` } });
    expect(response.status()).toBe(401);
  }
}
