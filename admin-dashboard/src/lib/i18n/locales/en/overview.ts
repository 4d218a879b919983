/** English: overview. Thai (../th/overview.ts) has the same keys; a unit test checks. */
export const overview = {
  overview: {
    title: 'Overview',
    description: 'Who uses the system, and how.',
    period: 'Period',
    lastDays_one: 'Last {{count}} day',
    lastDays_other: 'Last {{count}} days',
    total: 'Users',
    active30: 'Active',
    active30Hint: 'Signed in during the last 30 days',
    newAccounts: 'New accounts',
    locked: 'Locked accounts',
    lockedHint: 'After repeated failed sign-ins',
    byRole: 'Users by role',
    byStatus: 'Users by status',
    registrations: 'New accounts per day',
    registrationsLabel_one: '{{count}} new account in this period',
    registrationsLabel_other: '{{count}} new accounts in this period',
    users: 'Users',
    noUsers: 'No users yet.',
    loadingCharts: 'Loading charts…',
  },
};
