import { describe, expect, it } from 'vitest';

import { en } from '@/lib/i18n/locales/en';
import { th } from '@/lib/i18n/locales/th';

import { actionsInGroup, AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, isAuditAction } from './audit-actions';

// The compiler checks both tables against the generated AuditAction enum
// (Record<AuditAction, …>); these tests check they agree with each other at run time.
describe('audit actions', () => {
  it('the filter offers exactly the actions that have labels', () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual(Object.keys(en.audit.actions).sort());
    expect(AUDIT_ACTION_GROUPS.flatMap(actionsInGroup).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('every action has a Thai label of its own', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(th.audit.actions[action], action).toBeTruthy();
      expect(th.audit.actions[action], action).not.toBe(en.audit.actions[action]);
    }
  });

  it('knows the enum and nothing else', () => {
    expect(isAuditAction('role_changed')).toBe(true);
    expect(isAuditAction('token_refreshed')).toBe(false); // no longer an audit event
    expect(isAuditAction('constructor')).toBe(false);
    expect(isAuditAction(null)).toBe(false);
  });
});
