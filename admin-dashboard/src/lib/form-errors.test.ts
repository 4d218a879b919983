import { describe, expect, it, vi } from 'vitest';

import { applyApiErrors, fieldName } from './form-errors';
import { i18n } from './i18n';
import { ApiError } from './problem';

const t = i18n.getFixedT('en');
const tTh = i18n.getFixedT('th');

function validation(errors: { field: string; message: string; code: string }[]) {
  return new ApiError({ type: 'urn:village:problem:validation-error', title: 'Validation failed', status: 422, detail: 'x', errors });
}

describe('applyApiErrors', () => {
  it('puts each 422 error under the field it names, joining several for one field', () => {
    const setFieldError = vi.fn();
    const error = validation([
      { field: 'password', message: 'Add an upper-case letter.', code: 'password_needs_upper' },
      { field: 'password', message: 'Add a digit.', code: 'password_needs_digit' },
      { field: 'json.email', message: 'Enter a valid email address.', code: 'invalid_email' },
    ]);
    const leftover = applyApiErrors(error, ['email', 'password'], setFieldError, t, 'en');
    expect(leftover).toBeNull();
    expect(setFieldError).toHaveBeenCalledWith('password', 'Add an upper-case letter. Add a digit.');
    expect(setFieldError).toHaveBeenCalledWith('email', 'Enter a valid email address.');
  });

  it('returns errors naming no field of the form as one message', () => {
    const setFieldError = vi.fn();
    const error = validation([{ field: 'id', message: 'Unknown or read-only field.', code: 'extra_forbidden' }]);
    expect(applyApiErrors(error, ['email'], setFieldError, t, 'en')).toBe('Unknown or read-only field.');
    expect(setFieldError).not.toHaveBeenCalled();
  });

  it('translates known codes for Thai and keeps the server message for unknown ones', () => {
    const setFieldError = vi.fn();
    const error = validation([
      { field: 'password', message: 'Add a digit.', code: 'password_needs_digit' },
      { field: 'phone', message: 'Some new rule.', code: 'brand_new_code' },
    ]);
    applyApiErrors(error, ['password', 'phone'], setFieldError, tTh, 'th');
    expect(setFieldError).toHaveBeenCalledWith('password', 'เพิ่มตัวเลข');
    expect(setFieldError).toHaveBeenCalledWith('phone', 'Some new rule.');
  });

  it('maps a 409 conflict onto the email field', () => {
    const setFieldError = vi.fn();
    const error = new ApiError({ type: 'urn:village:problem:conflict', title: 'Conflict', status: 409, detail: 'taken' });
    expect(applyApiErrors(error, ['email'], setFieldError, t, 'en')).toBeNull();
    expect(setFieldError).toHaveBeenCalledWith('email', 'An account with this email already exists.');
  });

  it('maps a 409 by its code: a taken phone onto the phone, another rule to the alert', () => {
    const setFieldError = vi.fn();
    const conflict = (code: string) =>
      new ApiError({ type: 'urn:village:problem:conflict', title: 'Conflict', status: 409, detail: `detail of ${code}`, code });
    expect(applyApiErrors(conflict('phone_taken'), ['email', 'phone'], setFieldError, t, 'en')).toBeNull();
    expect(setFieldError).toHaveBeenCalledWith('phone', 'An account with this phone number already exists.');
    expect(applyApiErrors(conflict('has_password'), ['email', 'phone'], setFieldError, t, 'en')).toBe('detail of has_password');
    expect(setFieldError).toHaveBeenCalledTimes(1);
  });

  it('explains a 403 and a 429 instead of mapping them', () => {
    const setFieldError = vi.fn();
    const denied = new ApiError({ type: 'urn:village:problem:permission-denied', title: 'Permission denied', status: 403, detail: 'A village_admin may not create a super_admin account.' });
    expect(applyApiErrors(denied, ['role'], setFieldError, t, 'en')).toContain('may not create a super_admin');
    const limited = new ApiError({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'x' }, 12);
    expect(applyApiErrors(limited, ['email'], setFieldError, t, 'en')).toBe('Too many attempts. Try again in 12 seconds.');
    expect(setFieldError).not.toHaveBeenCalled();
  });
});

describe('fieldName', () => {
  it('drops the location prefix', () => {
    expect(fieldName('json.password')).toBe('password');
    expect(fieldName('national_id')).toBe('national_id');
  });
});
