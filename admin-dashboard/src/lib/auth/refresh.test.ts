import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse } from '@/testing/test-utils';

type RefreshModule = typeof import('./refresh');
type StoreModule = typeof import('./token-store');

let refresh: RefreshModule;
let store: StoreModule;
let fetchMock: ReturnType<typeof vi.fn>;

function setCookie(value: string | null) {
  document.cookie = value === null ? 'village_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/' : `village_csrf=${value}; path=/`;
}

/** A Web Locks stand-in that runs callbacks one at a time, like the browser does. */
function fakeLocks() {
  let chain: Promise<unknown> = Promise.resolve();
  const request = vi.fn((_name: string, _options: unknown, callback: () => Promise<unknown>) => {
    const run = chain.then(callback);
    chain = run.catch(() => undefined);
    return run;
  });
  return { request };
}

beforeEach(async () => {
  vi.resetModules();
  refresh = await import('./refresh');
  store = await import('./token-store');
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  setCookie('csrf-123');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCookie(null);
});

describe('refreshAccessToken', () => {
  it('posts no body, the cookie (credentials) and the CSRF header', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ access_token: 'new-token', refresh_token: null }));
    await expect(refresh.refreshAccessToken('old')).resolves.toBe('new-token');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/auth/refresh');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    expect(init.body).toBeUndefined();
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-123');
    expect(store.tokenStore.get()).toBe('new-token');
  });

  it('is single-flight: many concurrent callers share one request', async () => {
    let release: (r: Response) => void = () => {};
    fetchMock.mockReturnValue(new Promise<Response>((resolve) => (release = resolve)));
    const callers = Array.from({ length: 5 }, () => refresh.refreshAccessToken('expired'));
    release(jsonResponse({ access_token: 'shared-token', refresh_token: null }));
    await expect(Promise.all(callers)).resolves.toEqual(Array(5).fill('shared-token'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not ask the server when there is no browser session cookie', async () => {
    setCookie(null);
    await expect(refresh.refreshAccessToken(null)).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('clears the token when the session is gone', async () => {
    store.tokenStore.set('old');
    fetchMock.mockResolvedValue(jsonResponse({ type: 'urn:village:problem:invalid-token', title: 'x', status: 401, detail: 'The token has been revoked.' }, 401));
    await expect(refresh.refreshAccessToken('old')).resolves.toBeNull();
    expect(store.tokenStore.get()).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1); // a revoked session is not retried
  });

  it('retries once after a "just rotated" refusal (another tab won the race)', async () => {
    vi.useFakeTimers();
    fetchMock
      .mockResolvedValueOnce(
        jsonResponse({ type: 'urn:village:problem:invalid-token', title: 'x', status: 401, detail: 'This refresh token was just rotated; use the newest one.' }, 401),
      )
      .mockResolvedValueOnce(jsonResponse({ access_token: 'after-retry', refresh_token: null }));
    const pending = refresh.refreshAccessToken('old');
    await vi.advanceTimersByTimeAsync(1500);
    await expect(pending).resolves.toBe('after-retry');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('waits for the lock, then uses the token another tab shared instead of refreshing again', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { ...navigator, locks });
    store.tokenStore.set('stale');
    // Another tab holds the lock; while we wait it refreshes and shares its token.
    let otherTabDone: () => void = () => {};
    let otherTabStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (otherTabStarted = resolve));
    const otherTab = locks.request('village-auth-refresh', {}, () => {
      otherTabStarted();
      return new Promise<void>((resolve) => (otherTabDone = resolve));
    });
    await started;
    const ours = refresh.refreshAccessToken('stale');
    store.tokenStore.set('from-other-tab');
    otherTabDone();
    await otherTab;
    await expect(ours).resolves.toBe('from-other-tab');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refreshes under the cross-tab lock when no other tab did', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { ...navigator, locks });
    fetchMock.mockResolvedValue(jsonResponse({ access_token: 'mine', refresh_token: null }));
    await expect(refresh.refreshAccessToken('stale')).resolves.toBe('mine');
    expect(locks.request).toHaveBeenCalledWith('village-auth-refresh', { mode: 'exclusive' }, expect.any(Function));
  });
});

describe('tabs', () => {
  it('shares a refreshed token with the other tabs and adopts theirs', async () => {
    refresh.connectTabs();
    const otherTab = new BroadcastChannel('village-auth');
    const received = new Promise<unknown>((resolve) => (otherTab.onmessage = (event) => resolve(event.data)));
    fetchMock.mockResolvedValue(jsonResponse({ access_token: 'tab-a-token', refresh_token: null }));
    await refresh.refreshAccessToken('old');
    await expect(received).resolves.toEqual({ type: 'token', token: 'tab-a-token' });

    const adopted = new Promise<string | null>((resolve) => store.tokenStore.subscribe(resolve));
    otherTab.postMessage({ type: 'token', token: 'tab-b-token' });
    await expect(adopted).resolves.toBe('tab-b-token');
    otherTab.close();
  });

  it('signs out every tab when one signs out', async () => {
    refresh.connectTabs();
    store.tokenStore.set('live');
    const signedOut = new Promise<void>((resolve) => refresh.onSignedOutElsewhere(resolve));
    const otherTab = new BroadcastChannel('village-auth');
    otherTab.postMessage({ type: 'signed-out' });
    await signedOut;
    expect(store.tokenStore.get()).toBeNull();
    otherTab.close();
  });
});
