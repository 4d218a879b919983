/**
 * The "I paid" form's rules, before anything is sent: an amount in baht typed
 * by a person (parsed exactly to satang), when the transfer was made (a day and
 * a time in the village's time zone, never in the future), and the slip itself
 * (an image or a PDF, at most 10 MB). The server checks all of it again.
 */
import { parseBaht } from '@/lib/money';

import { SLIP_MAX_BYTES, SLIP_TYPES } from '../policies';

/** Thailand keeps one offset all year (no daylight saving): transfers are stamped +07:00. */
export const VILLAGE_OFFSET = '+07:00';

export interface SlipValues {
  houseId: string;
  amount: string;
  /** "2026-11-30" */
  day: string | null;
  /** "09:15" */
  time: string;
  invoiceIds: number[];
  file: File | null;
}

/** Each field's problem as a translation key (myBills.errors.*). */
export type SlipErrors = Partial<Record<'houseId' | 'amount' | 'day' | 'time' | 'file', string>>;

/** "2026-11-30" + "09:15" → "2026-11-30T09:15:00+07:00", or null when either is malformed. */
export function transferInstant(day: string | null, time: string): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const instant = `${day}T${time}:00${VILLAGE_OFFSET}`;
  return Number.isNaN(Date.parse(instant)) ? null : instant;
}

/** Today's day and the current minute in the village ("2026-11-30", "09:15"): the form's defaults. */
export function villageNow(now: Date = new Date()): { day: string; time: string } {
  const shifted = new Date(now.getTime() + 7 * 3600_000).toISOString();
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** Why a chosen file cannot be a slip, or null. */
export function fileProblem(file: Pick<File, 'type' | 'size'>): 'fileType' | 'fileTooLarge' | 'fileEmpty' | null {
  if (!(SLIP_TYPES as readonly string[]).includes(file.type)) return 'fileType';
  if (file.size === 0) return 'fileEmpty';
  if (file.size > SLIP_MAX_BYTES) return 'fileTooLarge';
  return null;
}

const AMOUNT_ERRORS = {
  empty: 'required',
  invalid: 'amountInvalid',
  tooManyDecimals: 'amountDecimals',
  negative: 'amountPositive',
  tooLarge: 'amountTooLarge',
} as const;

/**
 * The form's errors (empty when it may be sent). `fileRequired`: a new slip
 * needs its file; a corrected one keeps the old file unless a new one is chosen.
 */
export function validateSlip(values: SlipValues, { now = new Date(), fileRequired = true }: { now?: Date; fileRequired?: boolean } = {}): SlipErrors {
  const errors: SlipErrors = {};
  if (!values.houseId) errors.houseId = 'myBills.errors.required';
  const amount = parseBaht(values.amount);
  if (!amount.ok) errors.amount = `myBills.errors.${AMOUNT_ERRORS[amount.error]}`;
  else if (amount.satang === 0) errors.amount = 'myBills.errors.amountPositive';
  if (!values.day) errors.day = 'myBills.errors.required';
  if (!values.time) errors.time = 'myBills.errors.required';
  const instant = transferInstant(values.day, values.time);
  if (values.day && values.time && !instant) errors.time = 'myBills.errors.timeInvalid';
  if (instant && Date.parse(instant) > now.getTime() + 60_000) errors.day = 'myBills.errors.future';
  if (values.file) {
    const problem = fileProblem(values.file);
    if (problem) errors.file = `myBills.errors.${problem}`;
  } else if (fileRequired) {
    errors.file = 'myBills.errors.fileRequired';
  }
  return errors;
}
