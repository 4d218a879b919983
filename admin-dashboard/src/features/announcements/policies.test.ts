import { describe, expect, it } from 'vitest';

import { canAttach, canEdit, canPublish, feedOrder, isFrozen } from './policies';

const NOW = new Date('2026-11-30T04:00:00Z');

describe('announcement policies', () => {
  it('freezes content once the publish time has passed, as the API does', () => {
    expect(isFrozen({ status: 'draft', publish_at: null }, NOW)).toBe(false);
    expect(isFrozen({ status: 'scheduled', publish_at: '2026-12-01T00:00:00Z' }, NOW)).toBe(false);
    expect(isFrozen({ status: 'published', publish_at: '2026-11-29T00:00:00Z' }, NOW)).toBe(true);
    // scheduled when loaded, its time passed since: frozen now
    expect(isFrozen({ status: 'scheduled', publish_at: '2026-11-30T03:59:00Z' }, NOW)).toBe(true);
  });

  it('attaches only before publication and never to an archived one', () => {
    expect(canAttach({ status: 'draft', publish_at: null, archived_at: null }, NOW)).toBe(true);
    expect(canAttach({ status: 'published', publish_at: '2026-11-29T00:00:00Z', archived_at: null }, NOW)).toBe(false);
    expect(canAttach({ status: 'archived', publish_at: null, archived_at: '2026-11-29T00:00:00Z' }, NOW)).toBe(false);
    expect(canEdit({ archived_at: '2026-11-29T00:00:00Z' })).toBe(false);
    expect(canPublish({ status: 'scheduled' })).toBe(true);
    expect(canPublish({ status: 'published' })).toBe(false);
  });

  it('orders a feed pinned first, then newest', () => {
    const items = [
      { id: 1, pinned: false, publish_at: '2026-11-01T00:00:00Z' },
      { id: 2, pinned: true, publish_at: '2026-10-01T00:00:00Z' },
      { id: 3, pinned: false, publish_at: '2026-11-20T00:00:00Z' },
    ];
    expect(feedOrder(items).map((item) => item.id)).toEqual([2, 3, 1]);
  });
});
