/**
 * The browser session: restored from the refresh cookie on page load, signed
 * in and out here, kept in step across tabs, and `me` (profile + permissions)
 * loaded for the signed-in user.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import { getMe, postLogin, postLogout } from './api';
import type { Me } from './api';
import { broadcastSignedOut, broadcastToken, connectTabs, onSignedOutElsewhere, refreshAccessToken } from './refresh';
import { tokenStore } from './token-store';
import { queryKeys } from '../query-keys';

export type AuthStatus = 'restoring' | 'signed-in' | 'signed-out';
/** Why there is no session: the user left, or it ended by itself (expired, revoked). */
export type EndReason = 'signed-out' | 'expired' | null;

export interface AuthContextValue {
  status: AuthStatus;
  user: Me | null;
  userError: unknown;
  endReason: EndReason;
  /** `identifier`: an email or a phone number, as typed. */
  signIn: (identifier: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const ME_QUERY_KEY = queryKeys.me;

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>(() => (tokenStore.get() ? 'signed-in' : 'restoring'));
  const [endReason, setEndReason] = useState<EndReason>(null);
  const statusRef = useRef(status);
  statusRef.current = status;

  useEffect(() => {
    connectTabs();
    let active = true;
    if (statusRef.current === 'restoring') {
      void refreshAccessToken(null).then((token) => {
        if (active) setStatus(token ? 'signed-in' : 'signed-out');
      });
    }
    const unsubscribeToken = tokenStore.subscribe((token) => {
      if (token && statusRef.current !== 'signed-in') {
        setStatus('signed-in'); // another tab signed in and shared its token
        setEndReason(null);
      } else if (!token && statusRef.current === 'signed-in') {
        setStatus('signed-out'); // the session could not be refreshed
        setEndReason('expired');
        queryClient.clear();
      }
    });
    const unsubscribeSignOut = onSignedOutElsewhere(() => {
      setStatus('signed-out');
      setEndReason('signed-out');
      queryClient.clear();
    });
    return () => {
      active = false;
      unsubscribeToken();
      unsubscribeSignOut();
    };
  }, [queryClient]);

  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: getMe,
    enabled: status === 'signed-in',
    staleTime: 60_000,
  });

  const signIn = useCallback(
    async (identifier: string, password: string) => {
      const result = await postLogin(identifier, password);
      queryClient.clear();
      statusRef.current = 'signed-in'; // before the token listeners run
      tokenStore.set(result.access_token);
      broadcastToken(result.access_token);
      setEndReason(null);
      setStatus('signed-in');
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await postLogout();
    } catch {
      // Already ended on the server (expired, revoked): leave locally all the same.
    }
    statusRef.current = 'signed-out';
    tokenStore.clear();
    broadcastSignedOut();
    queryClient.clear();
    setEndReason('signed-out');
    setStatus('signed-out');
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({
      status,
      user: status === 'signed-in' ? (me.data ?? null) : null,
      userError: me.error,
      endReason,
      signIn,
      signOut,
    }),
    [status, me.data, me.error, endReason, signIn, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For tests: provide a fixed auth state without the network. */
export const AuthContextProvider = AuthContext.Provider;
