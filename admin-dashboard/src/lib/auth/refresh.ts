/**
 * One refresh at a time, for every request of this tab and every tab of the browser.
 *
 * - In a tab, concurrent 401s share one promise (single flight).
 * - Across tabs, the Web Locks API serializes refreshes: a second tab waits
 *   for the first one's result instead of presenting the same cookie (the
 *   server refuses a just-rotated refresh token with 401).
 * - The winner broadcasts the new access token on a BroadcastChannel (memory
 *   to memory, never storage), so a waiting tab that now holds a newer token
 *   than the one that failed uses it without a refresh of its own.
 * - Sign-out is broadcast too, so every tab leaves the session together.
 */
import { CSRF_HEADER } from '@/config/constants';
import { env } from '@/config/env';

import { readCsrfToken } from './cookies';
import { tokenStore } from './token-store';

const LOCK_NAME = 'village-auth-refresh';
const CHANNEL_NAME = 'village-auth';
const ROTATED_RETRY_DELAY_MS = 1000;

type AuthMessage = { type: 'token'; token: string } | { type: 'signed-out' };
type SignedOutListener = () => void;

let inFlight: Promise<string | null> | null = null;
let channel: BroadcastChannel | null = null;
const signedOutListeners = new Set<SignedOutListener>();

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<AuthMessage>) => {
    const message = event.data;
    if (message.type === 'token') {
      tokenStore.set(message.token);
    } else if (message.type === 'signed-out') {
      tokenStore.clear();
      signedOutListeners.forEach((listener) => listener());
    }
  };
  return channel;
}

/** Start listening to the other tabs (call once at start-up). */
export function connectTabs(): void {
  getChannel();
}

/** Called when another tab signs out. */
export function onSignedOutElsewhere(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function broadcastToken(token: string): void {
  getChannel()?.postMessage({ type: 'token', token } satisfies AuthMessage);
}

export function broadcastSignedOut(): void {
  getChannel()?.postMessage({ type: 'signed-out' } satisfies AuthMessage);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function postRefresh(): Promise<Response | null> {
  const csrf = readCsrfToken();
  if (!csrf) return null; // no browser session to restore: do not even ask
  return fetch(`${env.apiBaseUrl}/auth/refresh`, {
    method: 'POST',
    credentials: 'include',
    headers: { [CSRF_HEADER]: csrf, Accept: 'application/json' },
  });
}

async function isJustRotated(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  try {
    const body = (await response.clone().json()) as { detail?: unknown };
    return typeof body.detail === 'string' && body.detail.includes('just rotated');
  } catch {
    return false;
  }
}

/** Exchange the refresh cookie for a new access token; null when the session is gone. */
async function refreshWithCookie(): Promise<string | null> {
  let response = await postRefresh();
  // Without Web Locks another tab may have won a race with the same cookie:
  // by now the browser holds the rotated cookie, so one retry succeeds.
  if (response && (await isJustRotated(response))) {
    await sleep(ROTATED_RETRY_DELAY_MS);
    response = await postRefresh();
  }
  if (!response || !response.ok) {
    tokenStore.clear();
    return null;
  }
  const body = (await response.json()) as { access_token: string };
  tokenStore.set(body.access_token);
  broadcastToken(body.access_token);
  return body.access_token;
}

async function refreshAcrossTabs(staleToken: string | null): Promise<string | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const attempt = async (): Promise<string | null> => {
    const current = tokenStore.get();
    // Another tab refreshed while we waited for the lock and shared its token.
    if (current && current !== staleToken) return current;
    return refreshWithCookie();
  };
  if (!locks) return attempt();
  return locks.request(LOCK_NAME, { mode: 'exclusive' }, attempt);
}

/**
 * A fresh access token, refreshing at most once however many callers ask.
 * `staleToken` is the token that just failed (null on page load).
 */
export function refreshAccessToken(staleToken: string | null = null): Promise<string | null> {
  if (!inFlight) {
    getChannel();
    inFlight = refreshAcrossTabs(staleToken).finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}
