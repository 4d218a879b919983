/** Every route of the dashboard, so links and the router agree. */
export const paths = {
  signIn: '/sign-in',
  overview: '/',
  users: '/users',
  newUser: '/users/new',
  user: (id: number | string) => `/users/${id}`,
  editUser: (id: number | string) => `/users/${id}/edit`,
  account: '/account',
  audit: '/audit',
  /** The audit log filtered to events by or about a person (the API's `q`). */
  auditOf: (name: string) => `/audit?${new URLSearchParams({ q: name }).toString()}`,
} as const;
