import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse } from '@/testing/test-utils';

let client: typeof import('./api-client');
let store: typeof import('./auth/token-store');
let fetchMock: ReturnType<typeof vi.fn>;

const BASE = 'http://api.test';

function authHeader(call: unknown[]): string | null {
  const request = call[0];
  return request instanceof Request ? request.headers.get('Authorization') : null;
}

function refreshCalls() {
  return fetchMock.mock.calls.filter((call) => typeof call[0] === 'string' && call[0].endsWith('/auth/refresh'));
}

beforeEach(async () => {
  vi.resetModules();
  client = await import('./api-client');
  store = await import('./auth/token-store');
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  document.cookie = 'village_csrf=csrf-1; path=/';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'village_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('authFetch', () => {
  it('sends the in-memory access token as a bearer header', async () => {
    store.tokenStore.set('access-1');
    fetchMock.mockResolvedValue(jsonResponse({ ok: true }));
    await client.authFetch(new Request(`${BASE}/auth/me`));
    expect(authHeader(fetchMock.mock.calls[0]!)).toBe('Bearer access-1');
  });

  it('refreshes once on a 401 and replays the request with the new token', async () => {
    store.tokenStore.set('expired');
    fetchMock.mockImplementation(async (input: Request | string) => {
      if (typeof input === 'string') return jsonResponse({ access_token: 'fresh', refresh_token: null });
      return input.headers.get('Authorization') === 'Bearer fresh'
        ? jsonResponse({ items: [] })
        : jsonResponse({ status: 401, title: 'Invalid or expired token', detail: 'The token has expired.' }, 401);
    });
    const response = await client.authFetch(new Request(`${BASE}/api/v1/users`, { method: 'POST', body: '{"a":1}' }));
    expect(response.status).toBe(200);
    expect(refreshCalls()).toHaveLength(1);
    const replay = fetchMock.mock.calls.at(-1)![0] as Request;
    expect(await replay.text()).toBe('{"a":1}'); // the body survives the replay
  });

  it('shares one refresh among concurrent requests that all got 401', async () => {
    store.tokenStore.set('expired');
    fetchMock.mockImplementation(async (input: Request | string) => {
      if (typeof input === 'string') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return jsonResponse({ access_token: 'fresh', refresh_token: null });
      }
      return input.headers.get('Authorization') === 'Bearer fresh'
        ? jsonResponse({})
        : jsonResponse({ status: 401 }, 401);
    });
    const responses = await Promise.all(
      ['/auth/me', '/api/v1/users', '/api/v1/users/stats', '/auth/sessions'].map((p) => client.authFetch(new Request(BASE + p))),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(refreshCalls()).toHaveLength(1);
  });

  it('never refreshes for a failed sign-in', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ status: 401, title: 'Authentication failed', detail: 'x' }, 401));
    const response = await client.authFetch(new Request(`${BASE}/auth/login`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(refreshCalls()).toHaveLength(0);
  });

  it('gives back the 401 when the session cannot be refreshed', async () => {
    store.tokenStore.set('expired');
    fetchMock.mockImplementation(async () => jsonResponse({ status: 401, detail: 'revoked' }, 401));
    const response = await client.authFetch(new Request(`${BASE}/auth/me`));
    expect(response.status).toBe(401);
    expect(store.tokenStore.get()).toBeNull();
  });
});

describe('unwrap', () => {
  it('turns a problem response into an ApiError with its field errors and Retry-After', async () => {
    const api = client.createApiClient(BASE);
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          type: 'urn:village:problem:validation-error',
          title: 'Validation failed',
          status: 422,
          detail: 'Invalid value for: password.',
          errors: [{ field: 'password', message: 'Add a digit.', code: 'password_needs_digit' }],
        },
        422,
        { 'Retry-After': '7' },
      ),
    );
    const error = await client.unwrap(api.POST('/api/v1/users', { body: { email: 'a@b.co', full_name: 'A', password: 'x' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, retryAfter: 7 });
    expect((error as { fieldErrors: unknown }).fieldErrors).toEqual([{ field: 'password', message: 'Add a digit.', code: 'password_needs_digit' }]);
  });

  it('reports a network failure as status 0', async () => {
    const api = client.createApiClient(BASE);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(client.unwrap(api.GET('/auth/me'))).rejects.toMatchObject({ status: 0 });
  });
});
