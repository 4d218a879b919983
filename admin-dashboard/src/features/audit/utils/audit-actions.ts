/**
 * Every action the backend records, grouped for the action filter. Typed by
 * the generated `AuditAction` enum: an action added to the API and missing
 * here fails tsc, so the filter always offers every action (its labels are
 * checked the same way in lib/i18n/en.ts).
 */
import type { AuditAction } from '../api/get-audit-events';

export type AuditActionGroup = 'signIn' | 'accounts' | 'houses' | 'privacy' | 'finance' | 'operations';

const ACTION_GROUPS: Record<AuditAction, AuditActionGroup> = {
  login_succeeded: 'signIn',
  login_failed: 'signIn',
  account_locked: 'signIn',
  reauthentication_failed: 'signIn',
  logout: 'signIn',
  session_revoked: 'signIn',
  sessions_revoked: 'signIn',
  token_reuse_detected: 'signIn',
  user_registered: 'accounts',
  user_created: 'accounts',
  user_updated: 'accounts',
  user_deleted: 'accounts',
  user_unlocked: 'accounts',
  role_changed: 'accounts',
  profile_updated: 'accounts',
  password_changed: 'accounts',
  national_id_revealed: 'accounts',
  set_password_link_issued: 'accounts',
  password_set_with_link: 'accounts',
  password_reset_requested: 'accounts',
  password_reset: 'accounts',
  village_profile_updated: 'houses',
  house_created: 'houses',
  house_updated: 'houses',
  house_archived: 'houses',
  house_restored: 'houses',
  house_deleted: 'houses',
  houses_imported: 'houses',
  member_added: 'houses',
  member_updated: 'houses',
  member_removed: 'houses',
  membership_requested: 'houses',
  membership_approved: 'houses',
  membership_rejected: 'houses',
  service_request_opened: 'houses',
  service_request_updated: 'houses',
  service_request_status_changed: 'houses',
  service_request_commented: 'houses',
  service_request_photo_added: 'houses',
  announcement_created: 'houses',
  announcement_updated: 'houses',
  announcement_published: 'houses',
  announcement_archived: 'houses',
  privacy_notice_published: 'privacy',
  privacy_notice_accepted: 'privacy',
  personal_data_exported: 'privacy',
  data_request_filed: 'privacy',
  data_request_completed: 'privacy',
  data_request_rejected: 'privacy',
  user_erased: 'privacy',
  finance_settings_updated: 'finance',
  fee_item_created: 'finance',
  fee_item_updated: 'finance',
  fee_schedule_created: 'finance',
  fee_schedule_updated: 'finance',
  billing_run_created: 'finance',
  billing_run_posted: 'finance',
  billing_run_discarded: 'finance',
  invoice_issued: 'finance',
  invoice_voided: 'finance',
  payment_recorded: 'finance',
  payment_confirmed: 'finance',
  payment_cancelled: 'finance',
  payment_reversed: 'finance',
  receipt_reprinted: 'finance',
  payment_slip_submitted: 'finance',
  payment_slip_updated: 'finance',
  payment_slip_accepted: 'finance',
  payment_slip_needs_fix: 'finance',
  payment_slip_rejected: 'finance',
  payment_slip_withdrawn: 'finance',
  credit_note_requested: 'finance',
  credit_note_issued: 'finance',
  credit_note_rejected: 'finance',
  period_closed: 'finance',
  period_reopened: 'finance',
  certificate_issued: 'finance',
  dunning_letters_printed: 'finance',
  forced_logout: 'operations',
  jwt_key_rotation_started: 'operations',
  audit_pruned: 'operations',
};

export const AUDIT_ACTIONS = Object.keys(ACTION_GROUPS) as AuditAction[];
export const AUDIT_ACTION_GROUPS: AuditActionGroup[] = ['signIn', 'accounts', 'houses', 'privacy', 'finance', 'operations'];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(ACTION_GROUPS, value);
}

export function actionsInGroup(group: AuditActionGroup): AuditAction[] {
  return AUDIT_ACTIONS.filter((action) => ACTION_GROUPS[action] === group);
}

/** What an event may concern (`target_type`); the filter offers these. */
export const TARGET_TYPES = ['user', 'house', 'session', 'jwt_key'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
