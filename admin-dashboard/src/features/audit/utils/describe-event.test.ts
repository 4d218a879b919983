import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import type { AuditEvent } from '../api/get-audit-events';
import { actorLabel, describeDetails, formatDuration, targetLabel } from './describe-event';

const en = i18n.getFixedT('en');
const th = i18n.getFixedT('th');

function event(overrides: Partial<AuditEvent>): AuditEvent {
  return {
    id: 1,
    occurred_at: '2026-11-28T03:00:00Z',
    action: 'login_succeeded',
    actor_id: 2,
    actor_email: 'somchai@example.com',
    actor_name: 'Somchai Jaidee',
    target_type: null,
    target_id: null,
    target_name: null,
    ip_address: '127.0.0.1',
    user_agent: null,
    details: {},
    ...overrides,
  };
}

const sentences = (overrides: Partial<AuditEvent>, t = en, language = 'en') => describeDetails(event(overrides), t, language);

describe('who and what', () => {
  it('names the actor, falling back to the email, then to the system', () => {
    expect(actorLabel(event({}), en)).toBe('Somchai Jaidee');
    expect(actorLabel(event({ actor_name: null }), en)).toBe('somchai@example.com');
    expect(actorLabel(event({ actor_name: null, actor_email: null }), en)).toBe('System');
    expect(actorLabel(event({ actor_name: null, actor_email: null }), th)).toBe('ระบบ');
    expect(actorLabel(event({ action: 'login_failed', actor_name: null, actor_email: null }), en)).toBe('Unknown person');
  });

  it('names the target: a user, a session by its owner, the signing key', () => {
    expect(targetLabel(event({ target_type: 'user', target_id: '5', target_name: 'Somchai Jaidee' }), en)).toBe('Somchai Jaidee');
    expect(targetLabel(event({ target_type: 'user', target_id: '5' }), en)).toBe('User #5');
    expect(targetLabel(event({ target_type: 'session', target_id: 'abc', target_name: 'Somchai Jaidee' }), en)).toBe(
      "Somchai Jaidee's sign-in session",
    );
    expect(targetLabel(event({ target_type: 'session', target_name: 'Somchai Jaidee' }), th)).toBe(
      'เซสชันการเข้าสู่ระบบของ Somchai Jaidee',
    );
    expect(targetLabel(event({ target_type: 'jwt_key' }), en)).toBe('The token signing key');
    expect(targetLabel(event({ action: 'forced_logout', details: { scope: 'everyone' } }), en)).toBe('Everyone');
    expect(targetLabel(event({}), en)).toBeNull();
  });
});

describe('details as sentences', () => {
  it('reads an account change field by field, translating roles and statuses', () => {
    const changes = {
      role: { from: 'resident', to: 'village_admin' },
      full_name: { from: 'Old', to: 'New' },
      password: { changed: true },
      phone: { from: null, to: '0812345678' },
      house_number: { from: '12/3', to: null },
      national_id: { from: '*********0708', to: '*********1234' },
    };
    expect(sentences({ action: 'user_updated', details: { changes } })).toEqual([
      'Name: Old → New',
      'Phone added: 081-234-5678',
      'House number removed (was 12/3)',
      'National ID: *********0708 → *********1234',
      'Role: Resident → Village admin',
      'Password changed',
    ]);
    expect(sentences({ action: 'user_updated', details: { changes } }, th, 'th')).toEqual([
      'ชื่อ: Old → New',
      'เพิ่มโทรศัพท์: 081-234-5678',
      'ลบบ้านเลขที่ (เดิม 12/3)',
      'เลขประจำตัวประชาชน: *********0708 → *********1234',
      'บทบาท: ลูกบ้าน → ผู้ดูแลหมู่บ้าน',
      'เปลี่ยนรหัสผ่านแล้ว',
    ]);
  });

  it('reads a role change and a status change', () => {
    expect(sentences({ action: 'role_changed', details: { from: 'resident', to: 'accounting_admin' } })).toEqual([
      'Role: Resident → Accounting admin',
    ]);
    expect(sentences({ action: 'role_changed', details: { from: 'resident', to: 'accounting_admin' } }, th, 'th')).toEqual([
      'บทบาท: ลูกบ้าน → ผู้ดูแลการเงิน',
    ]);
    expect(sentences({ action: 'user_updated', details: { changes: { status: { from: 'active', to: 'inactive' } } } })).toEqual([
      'Status: Active → Inactive',
    ]);
  });

  it('says why a sign-in failed, without the hash of the typed identifier', () => {
    expect(sentences({ action: 'login_failed', details: { reason: 'bad_password' } })).toEqual(['Wrong password']);
    expect(sentences({ action: 'login_failed', details: { reason: 'unknown_email', identifier_hash: 'ab12' } })).toEqual([
      'Unknown account',
    ]);
    expect(sentences({ action: 'login_failed', details: { reason: 'locked' } }, th, 'th')).toEqual(['บัญชีถูกล็อกอยู่']);
    expect(sentences({ action: 'reauthentication_failed', details: { reason: 'bad_password' } }, th, 'th')).toEqual([
      'รหัสผ่านไม่ถูกต้อง',
    ]);
  });

  it('says how long an account is locked and after how many failures', () => {
    expect(sentences({ action: 'account_locked', details: { failures: 5, seconds: 120 } })).toEqual([
      'Locked for 2 minutes after 5 failed sign-ins',
    ]);
    expect(sentences({ action: 'account_locked', details: { failures: 5, seconds: 60 } }, th, 'th')).toEqual([
      'ล็อก 1 นาที หลังเข้าสู่ระบบผิด 5 ครั้ง',
    ]);
  });

  it('lists what a created or deleted account held', () => {
    expect(
      sentences({ action: 'user_created', details: { after: { role: 'resident', email: 'a@example.com', full_name: 'A B' } } }),
    ).toEqual(['Name: A B', 'Email: a@example.com', 'Role: Resident']);
    expect(sentences({ action: 'user_created', details: { after: { role: 'super_admin', email: 'x@example.com' }, via: 'cli' } })).toEqual([
      'Email: x@example.com',
      'Role: Super admin',
      'From the command line on the server',
    ]);
    expect(
      sentences({ action: 'user_deleted', details: { before: { email: 'a@example.com', full_name: 'A B', role: 'village_admin' } } }),
    ).toEqual(['Name: A B', 'Email: a@example.com', 'Role: Village admin']);
  });

  it('counts ended sessions', () => {
    expect(sentences({ action: 'sessions_revoked', details: { sessions: 3 } })).toEqual(['3 sessions ended']);
    expect(sentences({ action: 'sessions_revoked', details: { sessions: 1, kept_current: true } })).toEqual([
      '1 other session ended',
      'The device used stayed signed in',
    ]);
    expect(sentences({ action: 'password_changed', details: { other_sessions_ended: 0 } })).toEqual(['No other session was open']);
    expect(sentences({ action: 'password_changed', details: { other_sessions_ended: 2 } })).toEqual(['2 other sessions ended']);
    expect(sentences({ action: 'forced_logout', details: { scope: 'everyone', sessions: 12, via: 'cli' } })).toEqual([
      'Everyone was signed out',
      '12 sessions ended',
      'From the command line on the server',
    ]);
  });

  it('reads the operations and the remaining account events', () => {
    expect(sentences({ action: 'user_registered', details: { status: 'pending' } })).toEqual(['Status: Pending']);
    expect(sentences({ action: 'user_unlocked', details: { locked_until: null } })).toEqual(['Was not locked']);
    expect(sentences({ action: 'user_unlocked', details: { locked_until: '2026-11-28T03:00:00+00:00' } }, th, 'th')[0]).toMatch(
      /^เดิมล็อกถึง .*2569/,
    );
    expect(sentences({ action: 'audit_pruned', details: { removed: 1234, retention_days: 365 } })).toEqual([
      'Removed 1,234 events older than 365 days',
    ]);
    expect(
      sentences({ action: 'jwt_key_rotation_started', details: { current_kid: 'k1', new_kid: 'k2', previous_kids: [], via: 'cli' } }),
    ).toEqual(['New key k2, replacing k1', 'From the command line on the server']);
    expect(sentences({ action: 'token_reuse_detected', details: { jti: 'x' } })).toEqual([
      'A sign-in token was used a second time; the session was ended',
    ]);
    expect(sentences({ action: 'logout' })).toEqual([]);
  });

  it('still shows details it has no sentence for', () => {
    expect(sentences({ action: 'logout', details: { reason: 'idle', extra: { a: 1 } } })).toEqual(['reason: idle', 'extra: {"a":1}']);
  });
});

describe('the village registry in sentences', () => {
  it('reads house changes with translated codes and areas', () => {
    const changes = { occupancy: { from: 'vacant', to: 'occupied' }, land_area_sq_wah: { from: '50.00', to: '52.25' }, zone: { from: null, to: 'A' } };
    expect(sentences({ action: 'house_updated', details: { changes } })).toEqual([
      'Zone added: A',
      'Land area (sq. wah): 50.00 → 52.25',
      'Occupancy: Vacant → Occupied',
    ]);
    expect(sentences({ action: 'house_updated', details: { changes: { plot_type: { from: 'residential', to: 'vacant_land' } } } }, th, 'th')).toEqual([
      'ประเภทแปลง: ที่อยู่อาศัย → ที่ดินเปล่า',
    ]);
    expect(sentences({ action: 'house_created', details: { after: { house_number: { from: null, to: '99/1' }, developer_owned: { from: null, to: true } } } })).toEqual([
      'House number: 99/1',
      'Still owned by the developer: Yes',
    ]);
  });

  it('names the member and their relation', () => {
    expect(sentences({ action: 'member_added', details: { person: 'Somchai Jaidee', user_id: 5, relation: 'owner', primary_contact: true } })).toEqual([
      'Person: Somchai Jaidee',
      'Relation: Owner',
      'Primary contact',
    ]);
    expect(
      sentences({ action: 'member_updated', details: { person: 'Nok', user_id: 6, changes: { relation: { from: 'tenant', to: 'co_owner' }, moved_out_on: { from: null, to: '2026-12-01' } } } }, th, 'th'),
    ).toEqual(['บุคคล: Nok', 'ความสัมพันธ์: ผู้เช่า → เจ้าของร่วม', 'เพิ่มย้ายออก: 2026-12-01']);
    expect(sentences({ action: 'membership_requested', details: { house_number: '9/9', relation: 'tenant' } })).toEqual([
      'House number: 9/9',
      'Relation: Tenant',
    ]);
  });

  it('counts an import and dates a set-password link', () => {
    expect(sentences({ action: 'houses_imported', details: { created: 3, updated: 1, rows: 4 } })).toEqual(['3 added, 1 updated, from a file of 4 rows']);
    expect(sentences({ action: 'set_password_link_issued', details: { expires_at: '2026-12-14T03:00:00+00:00' } }, th, 'th')[0]).toMatch(/^ใช้ได้ถึง .*2569/);
    expect(targetLabel(event({ target_type: 'house', target_id: '3', target_name: '99/1' }), en)).toBe('House 99/1');
  });
});

describe('formatDuration', () => {
  it('uses the largest whole unit', () => {
    expect(formatDuration(30, 'en')).toBe('30 seconds');
    expect(formatDuration(60, 'en')).toBe('1 minute');
    expect(formatDuration(900, 'en')).toBe('15 minutes');
    expect(formatDuration(7200, 'en')).toBe('2 hours');
    expect(formatDuration(240, 'th')).toBe('4 นาที');
  });
});
