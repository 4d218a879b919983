import { describe, expect, it } from 'vitest';

import { isReopen, isRequestStaff } from './policies';

describe('isRequestStaff', () => {
  it('is the office: service_requests:manage over the whole village', () => {
    expect(isRequestStaff({ scope: 'all', permissions: ['service_requests:manage'] })).toBe(true);
  });

  it('is not a resident, who manages only their own requests', () => {
    expect(isRequestStaff({ scope: 'own_houses', permissions: ['service_requests:manage'] })).toBe(false);
  });

  it('is not an accountant, who has no part in requests', () => {
    expect(isRequestStaff({ scope: 'all', permissions: ['finance:read'] })).toBe(false);
    expect(isRequestStaff(null)).toBe(false);
  });
});

describe('isReopen', () => {
  it('is resolved back to in progress only', () => {
    expect(isReopen('resolved', 'in_progress')).toBe(true);
    expect(isReopen('submitted', 'in_progress')).toBe(false);
  });
});
