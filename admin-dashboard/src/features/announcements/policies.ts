/**
 * What the dashboard offers on an announcement, mirroring the API's rules
 * (backend village/announcements/service.py): before publication everything
 * changes; once published only pinning and the end date; archived, nothing.
 */
import type { Announcement } from './api/announcements';

export function isFrozen(announcement: Pick<Announcement, 'status' | 'publish_at'>, now: Date = new Date()): boolean {
  if (announcement.status === 'published') return true;
  return announcement.publish_at !== null && new Date(announcement.publish_at) <= now;
}

export function canEdit(announcement: Pick<Announcement, 'archived_at'>): boolean {
  return announcement.archived_at === null;
}

export function canAttach(announcement: Pick<Announcement, 'status' | 'publish_at' | 'archived_at'>, now: Date = new Date()): boolean {
  return canEdit(announcement) && !isFrozen(announcement, now);
}

export function canPublish(announcement: Pick<Announcement, 'status'>): boolean {
  return announcement.status === 'draft' || announcement.status === 'scheduled';
}

/** The feed's order, as the API sends it: pinned first, then newest. */
export function feedOrder<T extends Pick<Announcement, 'pinned' | 'publish_at' | 'id'>>(items: T[]): T[] {
  return [...items].sort(
    (a, b) => Number(b.pinned) - Number(a.pinned) || (b.publish_at ?? '').localeCompare(a.publish_at ?? '') || b.id - a.id,
  );
}
