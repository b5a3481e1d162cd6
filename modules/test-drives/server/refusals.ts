import 'server-only';
import { AppError } from '@/lib/errors';
import type { BookingRefusalCode } from '../slots';

const MESSAGES: Record<BookingRefusalCode, string> = {
  INVALID_DURATION: 'A drive lasts 30, 45 or 60 minutes.',
  HOME_ADDRESS_REQUIRED: 'A home drive needs an address.',
  OUT_OF_RANGE: 'This address is outside the home-drive area.',
  NO_MATCHING_CAR: 'This dealership has no demo car of this model.',
  NO_ELIGIBLE_STAFF: 'No specialist can run this drive here.',
  TOO_SOON: 'This time is too soon to be booked.',
  OUTSIDE_HORIZON: 'This date is too far ahead.',
  OUTSIDE_HOURS: 'The dealership is not open at this time.',
  CLOSED: 'The dealership is closed that day.',
  OFF_GRID: 'Drives start on the slot grid.',
  RESOURCE_MISMATCH: 'This car or staff member cannot run this drive.',
  SLOT_TAKEN: 'This slot has just been taken. Please choose another one.',
};

/** A slot-engine refusal as the AppError every channel reports. */
export function refusalError(code: BookingRefusalCode): AppError {
  const status = code === 'SLOT_TAKEN' ? 'CONFLICT' : code === 'NO_MATCHING_CAR' || code === 'NO_ELIGIBLE_STAFF' ? 'NOT_FOUND' : 'VALIDATION_FAILED';
  return new AppError(status, MESSAGES[code], { reason: code });
}

/** SQLSTATE 23P01 (exclusion_violation), however the driver adapter wrapped it. */
export function isExclusionViolation(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const record = error as Record<string, unknown>;
  for (const key of ['code', 'originalCode', 'sqlState']) if (record[key] === '23P01') return true;
  if (typeof record.message === 'string' && /23P01|exclusion constraint/.test(record.message)) return true;
  return isExclusionViolation(record.cause, depth + 1) || isExclusionViolation(record.meta, depth + 1);
}
