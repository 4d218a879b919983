/** Every route of the dashboard, so links and the router agree. */
export const paths = {
  signIn: '/sign-in',
  signUp: '/sign-up',
  /** The page of a set-password link; the token comes in the fragment (#token=…), never the query. */
  setPassword: '/set-password',
  overview: '/',
  users: '/users',
  newUser: '/users/new',
  user: (id: number | string) => `/users/${id}`,
  editUser: (id: number | string) => `/users/${id}/edit`,
  account: '/account',
  notifications: '/notifications',
  myHome: '/my-home',
  houses: '/houses',
  newHouse: '/houses/new',
  house: (id: number | string) => `/houses/${id}`,
  editHouse: (id: number | string) => `/houses/${id}/edit`,
  importHouses: '/houses/import',
  letters: '/houses/letters',
  village: '/village',
  membershipRequests: '/membership-requests',
  audit: '/audit',
  serviceRequests: '/service-requests',
  newServiceRequest: '/service-requests/new',
  serviceRequest: (id: number | string) => `/service-requests/${id}`,
  /** The audit log filtered to events by or about a person (the API's `q`). */
  auditOf: (name: string) => `/audit?${new URLSearchParams({ q: name }).toString()}`,
} as const;
