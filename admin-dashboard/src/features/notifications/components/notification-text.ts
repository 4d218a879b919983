/**
 * A notification in words. The API stores the event and its params, not
 * sentences, so each reader sees it in their own language (docs/api.md,
 * "Notifications"); an event this build does not know yet still reads sensibly.
 */
import type { TFunction } from 'i18next';

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
]);

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function notificationText(notification: Notification, t: TFunction, language: string): string {
  const p = notification.params;
  if (!KNOWN.has(notification.event)) return t('notifications.events.unknown');
  const key =
    notification.event === 'announcement_published' && p.priority === 'urgent'
      ? 'notifications.events.announcement_published_urgent'
      : `notifications.events.${notification.event}`;
  return t(key, {
    title: text(p.title),
    number: text(p.number),
    author: text(p.author_name),
    status: t(`notifications.status.${text(p.status)}`, { defaultValue: text(p.status) }),
    type: t(`notifications.dataRequestType.${text(p.type)}`, { defaultValue: text(p.type) }),
    due: p.due_on ? formatIsoDay(text(p.due_on), language) : '',
  });
}

/** The second line, where the event carries one (a reason, a staff note). */
export function notificationDetail(notification: Notification): string | null {
  const { reason, note } = notification.params;
  const detail = reason ?? note;
  return typeof detail === 'string' && detail.trim() ? detail : null;
}
