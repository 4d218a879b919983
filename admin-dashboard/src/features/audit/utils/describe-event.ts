/**
 * An audit event in words: who did it, what it concerned, and its details as
 * translated sentences ("Role: Resident → Village admin", "Wrong password")
 * instead of the JSON the API stores. Keys the sentences do not know yet are
 * still shown ("key: value"), so a new detail is never silently lost.
 */
import type { TFunction } from 'i18next';

import { formatDateTime, formatNumber, intlLocale } from '@/lib/format';
import { formatPhone } from '@/lib/phone';

import type { AuditEvent } from '../api/get-audit-events';

type Details = Record<string, unknown>;

/**
 * The name a person knows the actor by; "System" for the server itself or an
 * operator command. A failed sign-in without an actor was someone typing an
 * address no account has: not the system.
 */
export function actorLabel(event: Pick<AuditEvent, 'actor_name' | 'actor_email' | 'action'>, t: TFunction): string {
  const known = event.actor_name ?? event.actor_email;
  if (known) return known;
  return event.action === 'login_failed' ? t('audit.unknownPerson') : t('audit.system');
}

/** What the event concerned: a user's name, a session as its owner's, or the signing key. */
export function targetLabel(
  event: Pick<AuditEvent, 'target_type' | 'target_id' | 'target_name' | 'action' | 'details'>,
  t: TFunction,
): string | null {
  switch (event.target_type) {
    case 'user':
      return event.target_name ?? (event.target_id ? t('audit.userNumber', { id: event.target_id }) : null);
    case 'session':
      return event.target_name ? t('audit.sessionOf', { name: event.target_name }) : t('audit.aSession');
    case 'house':
      return event.target_name ? t('audit.houseNamed', { house: event.target_name }) : t('audit.aHouse');
    case 'jwt_key':
      return t('audit.signingKey');
    case null:
      return event.action === 'forced_logout' && event.details.scope === 'everyone' ? t('audit.everyone') : null;
    default:
      return event.target_name ?? event.target_type;
  }
}

/** Seconds as "2 minutes" / "2 นาที", in the largest whole unit. */
export function formatDuration(seconds: number, language: string): string {
  const [value, unit] =
    seconds >= 3600 && seconds % 3600 === 0
      ? [seconds / 3600, 'hour']
      : seconds >= 60 && seconds % 60 === 0
        ? [seconds / 60, 'minute']
        : seconds >= 120
          ? [Math.round(seconds / 60), 'minute']
          : [seconds, 'second'];
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

// The fields a change may name (accounts, houses, memberships, the village), with their labels.
const FIELD_LABELS: Record<string, string> = {
  full_name: 'fields.name',
  email: 'fields.email',
  phone: 'fields.phone',
  house_number: 'fields.houseNumber',
  address: 'fields.address',
  national_id: 'fields.nationalId',
  role: 'fields.role',
  status: 'fields.status',
  password: 'fields.password',
  plot_number: 'houses.fields.plot_number',
  title_deed_number: 'houses.fields.title_deed_number',
  zone: 'houses.fields.zone',
  land_area_sq_wah: 'houses.fields.land_area_sq_wah',
  usable_area_sqm: 'houses.fields.usable_area_sqm',
  plot_type: 'houses.fields.plot_type',
  occupancy: 'houses.fields.occupancy',
  developer_owned: 'houses.fields.developer_owned',
  billable_from: 'houses.fields.billable_from',
  notes: 'houses.fields.notes',
  relation: 'members.relation',
  is_primary_contact: 'members.primaryContact',
  moved_in_on: 'members.movedIn',
  moved_out_on: 'members.movedOut',
  name_th: 'village.fields.name_th',
  name_en: 'village.fields.name_en',
  juristic_person_name: 'village.fields.juristic_person_name',
  tax_id: 'village.fields.tax_id',
  timezone: 'village.fields.timezone',
  fiscal_year_start_month: 'village.fields.fiscal_year_start_month',
  office_hours: 'village.fields.office_hours',
};
// Values the API sends as codes, shown in words.
const CODED_VALUES: Record<string, string> = {
  role: 'roles',
  status: 'statuses',
  plot_type: 'houses.plotTypes',
  occupancy: 'houses.occupancies',
  relation: 'members.relations',
};
const FIELD_ORDER = Object.keys(FIELD_LABELS);
// Meaningless to a person reading the log (hashes and token ids); the API keeps them for investigations.
const HIDDEN_KEYS = new Set(['identifier_hash', 'jti', 'previous_kids']);

const isObject = (value: unknown): value is Details => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

interface Context {
  t: TFunction;
  language: string;
}

function fieldLabel(field: string, { t }: Context): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

function fieldValue(field: string, value: unknown, { t }: Context): string {
  if (isEmpty(value)) return '—';
  const coded = CODED_VALUES[field];
  if (coded) return t(`${coded}.${String(value)}`, { defaultValue: String(value) });
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'phone') return formatPhone(String(value));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function byFieldOrder(a: string, b: string): number {
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  return rank(a) - rank(b);
}

/** One line per changed field: `{"changes": {field: {"from", "to"}}}` (password: `{"changed": true}`). */
function changeLines(changes: unknown, ctx: Context): string[] {
  if (!isObject(changes)) return [];
  return Object.keys(changes)
    .sort(byFieldOrder)
    .map((field) => {
      const change = changes[field];
      if (field === 'password') return ctx.t('audit.sentence.passwordChanged');
      if (!isObject(change)) return ctx.t('audit.sentence.value', { field: fieldLabel(field, ctx), value: fieldValue(field, change, ctx) });
      return changeLine(field, change.from, change.to, ctx);
    });
}

function changeLine(field: string, from: unknown, to: unknown, ctx: Context): string {
  const label = fieldLabel(field, ctx);
  if (isEmpty(from)) return ctx.t('audit.sentence.added', { field: label, to: fieldValue(field, to, ctx) });
  if (isEmpty(to)) return ctx.t('audit.sentence.removed', { field: label, from: fieldValue(field, from, ctx) });
  return ctx.t('audit.sentence.changed', { field: label, from: fieldValue(field, from, ctx), to: fieldValue(field, to, ctx) });
}

/** A snapshot of an account (`after` of a creation, `before` of a deletion) as "Field: value" lines. */
function snapshotLines(snapshot: unknown, ctx: Context): string[] {
  if (!isObject(snapshot)) return [];
  return Object.keys(snapshot)
    .filter((field) => !isEmpty(snapshot[field]))
    .sort(byFieldOrder)
    .map((field) => ctx.t('audit.sentence.value', { field: fieldLabel(field, ctx), value: fieldValue(field, snapshot[field], ctx) }));
}

/** A creation recorded as a diff from nothing (`{"after": {field: {"from": null, "to": v}}}`). */
function createdLines(after: unknown, ctx: Context): string[] {
  if (!isObject(after)) return [];
  const values = Object.fromEntries(Object.entries(after).map(([field, change]) => [field, isObject(change) ? change.to : change]));
  return snapshotLines(values, ctx);
}

function reasonLine(reason: unknown, { t }: Context): string | null {
  switch (reason) {
    case 'unknown_email':
      return t('audit.sentence.reasonUnknownEmail');
    case 'bad_password':
      return t('audit.sentence.reasonBadPassword');
    case 'locked':
      return t('audit.sentence.reasonLocked');
    default:
      return typeof reason === 'string' ? reason : null;
  }
}

function viaLine(via: unknown, { t }: Context): string | null {
  if (via === 'cli') return t('audit.sentence.viaCli');
  if (via === 'api') return t('audit.sentence.viaApi');
  return typeof via === 'string' ? via : null;
}

type Handler = (details: Details, ctx: Context) => { lines: (string | null)[]; used: string[] };

// Sentences for the details each action records (see backend/village/*/service.py).
const HANDLERS: Partial<Record<AuditEvent['action'], Handler>> = {
  user_updated: (d, ctx) => ({ lines: changeLines(d.changes, ctx), used: ['changes'] }),
  profile_updated: (d, ctx) => ({ lines: changeLines(d.changes, ctx), used: ['changes'] }),
  role_changed: (d, ctx) => ({ lines: [changeLine('role', d.from, d.to, ctx)], used: ['from', 'to'] }),
  user_created: (d, ctx) => ({ lines: [...snapshotLines(d.after, ctx), viaLine(d.via, ctx)], used: ['after', 'via'] }),
  user_deleted: (d, ctx) => ({ lines: snapshotLines(d.before, ctx), used: ['before'] }),
  login_failed: (d, ctx) => ({ lines: [reasonLine(d.reason, ctx)], used: ['reason'] }),
  reauthentication_failed: (d, ctx) => ({ lines: [reasonLine(d.reason, ctx)], used: ['reason'] }),
  account_locked: (d, { t, language }) => {
    const failures = asNumber(d.failures);
    const seconds = asNumber(d.seconds);
    if (failures === null || seconds === null) return { lines: [], used: [] };
    return {
      lines: [t('audit.sentence.lockedFor', { count: failures, duration: formatDuration(seconds, language) })],
      used: ['failures', 'seconds'],
    };
  },
  sessions_revoked: (d, { t }) => {
    const count = asNumber(d.sessions);
    if (count === null) return { lines: [], used: [] };
    return d.kept_current
      ? { lines: [t('audit.sentence.otherSessionsEnded', { count }), t('audit.sentence.keptCurrent')], used: ['sessions', 'kept_current'] }
      : { lines: [t('audit.sentence.sessionsEnded', { count })], used: ['sessions', 'kept_current'] };
  },
  password_changed: (d, { t }) => {
    const count = asNumber(d.other_sessions_ended);
    if (count === null) return { lines: [], used: [] };
    return {
      lines: [count === 0 ? t('audit.sentence.noOtherSessions') : t('audit.sentence.otherSessionsEnded', { count })],
      used: ['other_sessions_ended'],
    };
  },
  forced_logout: (d, ctx) => {
    const count = asNumber(d.sessions);
    return {
      lines: [
        d.scope === 'everyone' ? ctx.t('audit.sentence.everyoneSignedOut') : ctx.t('audit.sentence.userSignedOut'),
        count === null ? null : ctx.t('audit.sentence.sessionsEnded', { count }),
        viaLine(d.via, ctx),
      ],
      used: ['scope', 'sessions', 'via'],
    };
  },
  user_registered: (d, ctx) => ({
    lines: [isEmpty(d.status) ? null : ctx.t('audit.sentence.registeredAs', { status: fieldValue('status', d.status, ctx) })],
    used: ['status'],
  }),
  user_unlocked: (d, { t, language }) => ({
    lines: [
      typeof d.locked_until === 'string'
        ? t('audit.sentence.wasLockedUntil', { when: formatDateTime(d.locked_until, language) })
        : t('audit.sentence.wasNotLocked'),
    ],
    used: ['locked_until'],
  }),
  audit_pruned: (d, { t, language }) => {
    const removed = asNumber(d.removed);
    const days = asNumber(d.retention_days);
    if (removed === null || days === null) return { lines: [], used: [] };
    return {
      lines: [t('audit.sentence.pruned', { count: removed, formatted: formatNumber(removed, language), days })],
      used: ['removed', 'retention_days'],
    };
  },
  jwt_key_rotation_started: (d, ctx) => ({
    lines: [
      typeof d.new_kid === 'string'
        ? ctx.t('audit.sentence.newSigningKey', { newKid: d.new_kid, currentKid: String(d.current_kid ?? '—') })
        : null,
      viaLine(d.via, ctx),
    ],
    used: ['new_kid', 'current_kid', 'via'],
  }),
  token_reuse_detected: (_d, { t }) => ({ lines: [t('audit.sentence.tokenReuse')], used: [] }),
  national_id_revealed: (_d, { t }) => ({ lines: [t('audit.sentence.fullNumberShown')], used: [] }),
  set_password_link_issued: (d, { t, language }) => ({
    lines: [typeof d.expires_at === 'string' ? t('audit.sentence.linkValidUntil', { when: formatDateTime(d.expires_at, language) }) : null],
    used: ['expires_at'],
  }),
  password_set_with_link: (d, { t }) => {
    const count = asNumber(d.sessions);
    return {
      lines: [t('audit.sentence.passwordSetWithLink'), count ? t('audit.sentence.sessionsEnded', { count }) : null],
      used: ['purpose', 'sessions'],
    };
  },
  village_profile_updated: (d, ctx) => ({ lines: changeLines(d.changes, ctx), used: ['changes'] }),
  house_created: (d, ctx) => ({ lines: createdLines(d.after, ctx), used: ['after'] }),
  house_updated: (d, ctx) => ({ lines: changeLines(d.changes, ctx), used: ['changes'] }),
  house_deleted: (d, ctx) => ({ lines: snapshotLines(d.before, ctx), used: ['before'] }),
  houses_imported: (d, { t }) => {
    const [created, updated, rows] = ['created', 'updated', 'rows'].map((key) => asNumber(d[key]));
    if (created === null || updated === null || rows === null) return { lines: [], used: [] };
    return { lines: [t('audit.sentence.imported', { created, updated, count: rows })], used: ['created', 'updated', 'rows'] };
  },
  member_added: (d, ctx) => ({
    lines: [
      personLine(d.person, ctx),
      isEmpty(d.relation) ? null : ctx.t('audit.sentence.value', { field: fieldLabel('relation', ctx), value: fieldValue('relation', d.relation, ctx) }),
      d.primary_contact === true ? ctx.t('audit.sentence.primaryContact') : null,
    ],
    used: ['person', 'user_id', 'relation', 'primary_contact'],
  }),
  member_updated: (d, ctx) => ({ lines: [personLine(d.person, ctx), ...changeLines(d.changes, ctx)], used: ['person', 'user_id', 'changes'] }),
  member_removed: (d, ctx) => ({ lines: [personLine(d.person, ctx)], used: ['person', 'user_id'] }),
  membership_requested: (d, ctx) => ({ lines: requestLines(d, ctx), used: ['house_number', 'relation'] }),
  membership_approved: (d, ctx) => ({ lines: requestLines(d, ctx), used: ['house_number', 'relation'] }),
  membership_rejected: (d, ctx) => ({ lines: requestLines(d, ctx), used: ['house_number', 'relation'] }),
};

function personLine(person: unknown, { t }: Context): string | null {
  return typeof person === 'string' && person ? t('audit.sentence.person', { name: person }) : null;
}

function requestLines(d: Details, ctx: Context): (string | null)[] {
  return [
    isEmpty(d.house_number) ? null : ctx.t('audit.sentence.value', { field: fieldLabel('house_number', ctx), value: String(d.house_number) }),
    isEmpty(d.relation) ? null : ctx.t('audit.sentence.value', { field: fieldLabel('relation', ctx), value: fieldValue('relation', d.relation, ctx) }),
  ];
}

/** The event's details as sentences in the user's language, one per line. */
export function describeDetails(event: Pick<AuditEvent, 'action' | 'details'>, t: TFunction, language: string): string[] {
  const details = isObject(event.details) ? event.details : {};
  const ctx = { t, language };
  const { lines, used } = HANDLERS[event.action]?.(details, ctx) ?? { lines: [], used: [] };
  const rest = Object.keys(details)
    .filter((key) => !used.includes(key) && !HIDDEN_KEYS.has(key) && !isEmpty(details[key]))
    .map((key) => t('audit.sentence.value', { field: key, value: fieldValue(key, details[key], ctx) }));
  return [...lines, ...rest].filter((line): line is string => Boolean(line));
}
