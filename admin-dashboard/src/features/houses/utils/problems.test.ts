import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';
import { ApiError } from '@/lib/problem';

import { registryProblem } from './problems';

const en = i18n.getFixedT('en');
const th = i18n.getFixedT('th');
const conflict = (code?: string) =>
  new ApiError({ type: 'urn:village:problem:conflict', title: 'Conflict', status: 409, detail: 'The server says so.', ...(code ? { code } : {}) });

describe('registryProblem', () => {
  it('explains each 409 code of the registry', () => {
    expect(registryProblem(conflict('already_member'), en)).toBe('This person is already a member of this house.');
    expect(registryProblem(conflict('identifiers_of_two_people'), en)).toMatch(/belong to two different people/);
    expect(registryProblem(conflict('has_history'), th)).toMatch(/ประวัติ/);
    expect(registryProblem(conflict('house_number_taken'), en)).toBe('Another house already has this number.');
  });

  it("falls back to the server's words for a code it does not know", () => {
    expect(registryProblem(conflict('something_new'), en)).toBe('The server says so.');
    expect(registryProblem(conflict(), en)).toBe('The server says so.');
  });
});
