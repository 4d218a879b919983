/**
 * A notification in words. The API stores the event and its params, not
 * sentences, so each reader sees it in their own language (docs/api.md,
 * "Notifications"); an event this build does not know yet still reads sensibly.
 */
import type { TFunction } from 'i18next';

import { formatSatangBaht } from '@/components/money';
import { formatIsoDay } from '@/lib/format';

import type { Notification } from '../api/notifications';

const KNOWN = new Set<string>([
  'announcement_published',
  'service_request_submitted',
  'service_request_status_changed',
  'service_request_commented',
  'service_request_assigned',
  'data_request_submitted',
  'data_request_decided',
  'invoice_issued',
  'payment_slip_decided',
  'payment_slip_submitted',
  'payment_awaiting_confirmation',
]);

/** The event's sentence: some events read differently by their outcome. */
function eventKey(event: string, p: Notification['params']): string {
  if (event === 'announcement_published' && p.priority === 'urgent') return 'notifications.events.announcement_published_urgent';
  if (event === 'payment_slip_decided') return `notifications.events.payment_slip_decided_${text(p.status)}`;
  return `notifications.events.${event}`;
}

function amount(value: unknown, language: string): string {
  return typeof value === 'number' && Number.isInteger(value) ? formatSatangBaht(value, language) : '';
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function notificationText(notification: Notification, t: TFunction, language: string): string {
  const p = notification.params;
  if (!KNOWN.has(notification.event)) return t('notifications.events.unknown');
  return t(eventKey(notification.event, p), {
    defaultValue: t('notifications.events.unknown'),
    title: text(p.title),
    number: text(p.number),
    author: text(p.author_name),
    status: t(`notifications.status.${text(p.status)}`, { defaultValue: text(p.status) }),
    type: t(`notifications.dataRequestType.${text(p.type)}`, { defaultValue: text(p.type) }),
    due: p.due_on || p.due_date ? formatIsoDay(text(p.due_on ?? p.due_date), language) : '',
    house: text(p.house_number),
    amount: amount(p.amount_satang ?? p.total_satang, language),
    receipt: text(p.receipt_number),
    reason: t(`notifications.slipReason.${text(p.reason_code ?? 'other')}`, { defaultValue: text(p.reason_code) }),
    method: t(`notifications.paymentMethod.${text(p.method)}`, { defaultValue: text(p.method) }),
  });
}

/** The second line, where the event carries one (a reason, a staff note). */
export function notificationDetail(notification: Notification): string | null {
  const { reason, note } = notification.params;
  const detail = reason ?? note;
  return typeof detail === 'string' && detail.trim() ? detail : null;
}
