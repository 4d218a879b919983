/**
 * Every query key of the dashboard, and which cached data a change makes stale.
 *
 * Keys start with their domain (`['houses', 'detail', 7]`). A change to one
 * domain refreshes that domain and every domain that shows its data:
 * `DEPENDENTS` says which, in one place, instead of two features happening to
 * share a string. (A new member changes the user's derived `house_number` and
 * the user statistics; later, a payment changes invoices, arrears and a
 * house's balance.)
 */
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';

export type Domain = 'auth' | 'users' | 'stats' | 'audit' | 'houses' | 'myHouses' | 'village' | 'membershipRequests' | 'zones' | 'announcements' | 'notifications' | 'privacy' | 'serviceRequests'
  | 'finance' | 'billing' | 'invoices' | 'payments' | 'slips' | 'myBills'
  | 'reports' | 'periods' | 'creditNotes' | 'certificates';

/** A change to the key's domain also makes these stale. */
export const DEPENDENTS: Record<Domain, readonly Domain[]> = {
  auth: [],
  // A person's name or identifiers show in house member lists and the join queue.
  users: ['stats', 'houses', 'myHouses', 'membershipRequests'],
  stats: [],
  audit: [],
  // A house change renames people's derived house numbers and may add zones.
  houses: ['users', 'zones', 'myHouses'],
  myHouses: [],
  village: [],
  // Approving a request links a person to a house (and may activate them).
  membershipRequests: ['houses', 'users'],
  zones: [],
  // Reading an announcement reads the notifications that led to it; publishing notifies.
  announcements: ['notifications'],
  notifications: [],
  // An erasure renames a person and ends their memberships.
  privacy: ['users', 'houses', 'membershipRequests'],
  // A move, a comment or an assignment notifies someone (and maybe the viewer).
  serviceRequests: ['notifications'],
  // Settings, fee items and schedules change what a run would bill.
  finance: ['billing'],
  // Posting a run issues invoices (and changes houses' balances).
  billing: ['invoices'],
  // An issued or voided invoice changes a house's balance, and the arrears and collections reports.
  invoices: ['houses', 'myHouses', 'reports'],
  // A confirmed or reversed payment settles invoices and issues or voids receipts.
  payments: ['invoices'],
  // Reports and the overview only read.
  reports: [],
  // Closing or reopening a month changes its snapshot figures and what the overview says.
  periods: ['reports'],
  // An approved credit note credits its invoice (and so the house's balance and the reports).
  creditNotes: ['invoices'],
  // A certificate changes nothing else.
  certificates: [],
  // Accepting a slip is a confirmed payment; every decision notifies the resident.
  slips: ['payments', 'notifications'],
  // A resident's slip changes their slips and, once accepted, their bills, receipts and balance.
  myBills: ['myHouses', 'notifications'],
};

export const queryKeys = {
  me: ['auth', 'me'] as const,
  sessions: ['auth', 'sessions'] as const,
  passwordPolicy: ['auth', 'password-policy'] as const,
  users: {
    list: (query: object) => ['users', 'list', query] as const,
    detail: (id: number) => ['users', 'detail', id] as const,
    search: (q: string) => ['users', 'search', q] as const,
  },
  stats: (days: number) => ['stats', days] as const,
  audit: (query: object) => ['audit', 'list', query] as const,
  houses: {
    list: (query: object) => ['houses', 'list', query] as const,
    detail: (id: number) => ['houses', 'detail', id] as const,
    members: (id: number, includePast: boolean) => ['houses', 'members', id, includePast] as const,
  },
  zones: ['zones'] as const,
  myHouses: ['myHouses'] as const,
  village: ['village'] as const,
  membershipRequests: (query: object) => ['membershipRequests', query] as const,
  announcements: {
    list: (query: object) => ['announcements', 'list', query] as const,
    detail: (id: number) => ['announcements', 'detail', id] as const,
  },
  serviceRequests: {
    list: (query: object) => ['serviceRequests', 'list', query] as const,
    detail: (id: number) => ['serviceRequests', 'detail', id] as const,
    comments: (id: number) => ['serviceRequests', 'comments', id] as const,
    assignees: ['serviceRequests', 'assignees'] as const,
  },
  notifications: {
    list: (query: object) => ['notifications', 'list', query] as const,
    unread: ['notifications', 'unread'] as const,
  },
  finance: {
    settings: ['finance', 'settings'] as const,
    feeItems: ['finance', 'fee-items'] as const,
    schedules: (feeItemId: number | null) => ['finance', 'fee-schedules', feeItemId] as const,
  },
  billing: {
    runs: (query: object) => ['billing', 'runs', query] as const,
    run: (id: number) => ['billing', 'run', id] as const,
  },
  invoices: {
    list: (query: object) => ['invoices', 'list', query] as const,
    detail: (id: number) => ['invoices', 'detail', id] as const,
    promptpay: (id: number) => ['invoices', 'promptpay', id] as const,
    houseSearch: (q: string) => ['invoices', 'house-search', q] as const,
  },
  payments: {
    list: (query: object) => ['payments', 'list', query] as const,
    receipts: (query: object) => ['payments', 'receipts', query] as const,
  },
  slips: {
    list: (query: object) => ['slips', 'list', query] as const,
  },
  /** A resident's own invoices, receipts, slips and statements (features/my-bills). */
  myBills: {
    invoices: ['myBills', 'invoices'] as const,
    invoice: (id: number) => ['myBills', 'invoice', id] as const,
    promptpay: (id: number) => ['myBills', 'promptpay', id] as const,
    receipts: ['myBills', 'receipts'] as const,
    slips: ['myBills', 'slips'] as const,
    slip: (id: number) => ['myBills', 'slip', id] as const,
    statement: (houseId: number) => ['myBills', 'statement', houseId] as const,
  },
  reports: {
    arrears: (query: object) => ['reports', 'arrears', query] as const,
    collections: (query: object) => ['reports', 'collections', query] as const,
    overview: ['reports', 'overview'] as const,
    financeSummary: ['reports', 'finance-summary'] as const,
  },
  periods: {
    list: (year: number | null) => ['periods', 'list', year] as const,
    detail: (period: string) => ['periods', 'detail', period] as const,
  },
  creditNotes: {
    list: (query: object) => ['creditNotes', 'list', query] as const,
    detail: (id: number) => ['creditNotes', 'detail', id] as const,
  },
  certificates: {
    list: (query: object) => ['certificates', 'list', query] as const,
    verify: (number: string) => ['certificates', 'verify', number] as const,
  },
  privacy: {
    notice: ['privacy', 'notice'] as const,
    myRequests: (query: object) => ['privacy', 'my-requests', query] as const,
    requests: (query: object) => ['privacy', 'requests', query] as const,
  },
} as const;

/** The domain and everything that shows its data, each once (transitively). */
export function affectedDomains(domain: Domain): Domain[] {
  const seen = new Set<Domain>();
  const visit = (d: Domain) => {
    if (seen.has(d)) return;
    seen.add(d);
    DEPENDENTS[d].forEach(visit);
  };
  visit(domain);
  return [...seen];
}

/**
 * Mark a domain's cached data stale, with its dependents. `keep` spares
 * queries that must not refetch (the detail page of something just deleted).
 */
export function invalidateDomain(queryClient: QueryClient, domain: Domain, keep?: (key: QueryKey) => boolean): Promise<void> {
  const domains = new Set<string>(affectedDomains(domain));
  return queryClient.invalidateQueries({
    predicate: (query) => domains.has(String(query.queryKey[0])) && !keep?.(query.queryKey),
  });
}

/** A mutation's `onSuccess`: mark `domain` and its dependents stale. */
export function useInvalidateDomain(domain: Domain): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => invalidateDomain(queryClient, domain);
}
