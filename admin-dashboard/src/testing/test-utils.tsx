/** Render components with the app's providers and a chosen signed-in user, without a server. */
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { PERMISSIONS } from '@/config/constants';
import type { Permission, Role } from '@/config/constants';
import type { Me } from '@/lib/auth/api';
import { AuthContextProvider } from '@/lib/auth/auth-provider';
import type { AuthContextValue } from '@/lib/auth/auth-provider';
import { i18n } from '@/lib/i18n';
import type { components } from '@/types/api.gen';

/** The backend's ROLE_PERMISSIONS (village/security/permissions.py), typed by the generated names. */
export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  super_admin: [...PERMISSIONS],
  village_admin: [
    'profile:read',
    'profile:write',
    'users:read',
    'users:write',
    'village:write',
    'houses:read',
    'houses:write',
    'announcements:write',
    'service_requests:manage',
    'privacy:manage',
    'finance:read',
    'payments:record',
  ],
  accounting_admin: ['profile:read', 'profile:write', 'users:read', 'houses:read', 'finance:read', 'finance:write', 'payments:record', 'finance:approve'],
  resident: ['profile:read', 'profile:write', 'houses:read', 'service_requests:manage', 'finance:read'],
};

/** village/security/role_rules.py: a village admin manages residents only. */
export const ASSIGNABLE: Record<Role, Role[]> = {
  super_admin: ['accounting_admin', 'resident', 'super_admin', 'village_admin'],
  village_admin: ['resident'],
  accounting_admin: [],
  resident: [],
};

type User = components['schemas']['UserRead'];

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 1,
    email: 'user@example.com',
    full_name: 'Test User',
    phone: null,
    role: 'resident',
    status: 'active',
    house_number: null,
    address: null,
    national_id: null,
    has_password: true,
    password_change_required: false,
    created_at: '2026-11-01T08:00:00Z',
    updated_at: '2026-11-01T08:00:00Z',
    last_login_at: null,
    locked_until: null,
    ...overrides,
  };
}

export function makeMe(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    ...makeUser({ email: `${role}@example.com`, full_name: `Test ${role}`, role }),
    permissions: ROLE_PERMISSIONS[role],
    scope: role === 'resident' ? 'own_houses' : 'all',
    assignable_roles: ASSIGNABLE[role],
    privacy_notice_pending: false,
    language: 'th',
    email_opt_out: false,
    ...overrides,
  } as Me;
}

export function authValue(user: Me | null, overrides: Partial<AuthContextValue> = {}): AuthContextValue {
  return {
    status: user ? 'signed-in' : 'signed-out',
    user,
    userError: null,
    endReason: null,
    signIn: async () => {},
    signOut: async () => {},
    ...overrides,
  };
}

interface Options {
  auth?: AuthContextValue;
  path?: string;
  route?: string;
}

export function renderWithProviders(ui: ReactElement, { auth = authValue(makeMe('super_admin')), path = '/', route = '/' }: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: route, element: ui },
      { path: '*', element: <div>other page</div> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <AuthContextProvider value={auth}>
              <RouterProvider router={router} />
            </AuthContextProvider>
          </ModalsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, router };
}

/** A JSON Response as the API would send it. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}
