import { describe, expect, it } from 'vitest';

import { fileProblem, type SlipValues, transferInstant, validateSlip, villageNow } from './slip-form';

const NOW = new Date('2026-12-02T05:00:00Z'); // 12:00 in Bangkok
const png = new File([new Uint8Array(2048)], 'slip.png', { type: 'image/png' });
const valid: SlipValues = { houseId: '1', amount: '1,600.00', day: '2026-12-02', time: '09:15', invoiceIds: [1], file: png };

describe('the slip form', () => {
  it('accepts a complete slip', () => {
    expect(validateSlip(valid, { now: NOW })).toEqual({});
  });

  it('names every missing field', () => {
    const errors = validateSlip({ houseId: '', amount: '', day: null, time: '', invoiceIds: [], file: null }, { now: NOW });
    expect(errors).toEqual({
      houseId: 'myBills.errors.required',
      amount: 'myBills.errors.required',
      day: 'myBills.errors.required',
      time: 'myBills.errors.required',
      file: 'myBills.errors.fileRequired',
    });
  });

  it('says what is wrong with an amount', () => {
    expect(validateSlip({ ...valid, amount: '1600.505' }, { now: NOW }).amount).toBe('myBills.errors.amountDecimals');
    expect(validateSlip({ ...valid, amount: 'abc' }, { now: NOW }).amount).toBe('myBills.errors.amountInvalid');
    expect(validateSlip({ ...valid, amount: '0' }, { now: NOW }).amount).toBe('myBills.errors.amountPositive');
    expect(validateSlip({ ...valid, amount: '-5' }, { now: NOW }).amount).toBe('myBills.errors.amountPositive');
  });

  it('refuses a transfer in the future (in Bangkok time)', () => {
    expect(validateSlip({ ...valid, time: '12:00' }, { now: NOW })).toEqual({});
    expect(validateSlip({ ...valid, time: '12:30' }, { now: NOW }).day).toBe('myBills.errors.future');
    expect(validateSlip({ ...valid, day: '2026-12-03', time: '00:05' }, { now: NOW }).day).toBe('myBills.errors.future');
  });

  it('checks the slip file by type and size, and keeps the old one when fixing', () => {
    expect(validateSlip({ ...valid, file: new File(['x'], 'slip.heic', { type: 'image/heic' }) }, { now: NOW }).file).toBe('myBills.errors.fileType');
    expect(validateSlip({ ...valid, file: new File(['x'], 'slip.txt', { type: 'text/plain' }) }, { now: NOW }).file).toBe('myBills.errors.fileType');
    expect(fileProblem({ type: 'application/pdf', size: 10 * 1024 * 1024 })).toBeNull();
    expect(fileProblem({ type: 'image/jpeg', size: 10 * 1024 * 1024 + 1 })).toBe('fileTooLarge');
    expect(fileProblem({ type: 'image/webp', size: 0 })).toBe('fileEmpty');
    expect(validateSlip({ ...valid, file: null }, { now: NOW, fileRequired: false })).toEqual({});
  });

  it('stamps the transfer with the village offset', () => {
    expect(transferInstant('2026-12-02', '09:15')).toBe('2026-12-02T09:15:00+07:00');
    expect(transferInstant('2026-12-02', '25:00')).toBeNull();
    expect(transferInstant(null, '09:15')).toBeNull();
    expect(villageNow(new Date('2026-12-01T18:30:00Z'))).toEqual({ day: '2026-12-02', time: '01:30' });
  });
});
