/** Every route of the dashboard, so links and the router agree. */
export const paths = {
  signIn: '/sign-in',
  signUp: '/sign-up',
  /** The page of a set-password link; the token comes in the fragment (#token=…), never the query. */
  setPassword: '/set-password',
  /** Ask for a password-reset link by email. */
  forgotPassword: '/forgot-password',
  /** The page of a mailed reset link; the token comes in the fragment (#token=…). */
  resetPassword: '/reset-password',
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
  announcements: '/announcements',
  newAnnouncement: '/announcements/new',
  announcement: (id: number | string) => `/announcements/${id}`,
  editAnnouncement: (id: number | string) => `/announcements/${id}/edit`,
  myData: '/my-data',
  dataRequests: '/data-requests',
  /** The audit log filtered to events by or about a person (the API's `q`). */
  auditOf: (name: string) => `/audit?${new URLSearchParams({ q: name }).toString()}`,
} as const;
