import 'server-only';
import { AppError } from '@/lib/errors';
import type { BookingRefusalCode } from '../slots';

/** The slot engine's refusals, and the one rule only the database can see: the buyer's own other drives. */
export type DriveRefusalCode = BookingRefusalCode | 'BUYER_ALREADY_BOOKED';

const MESSAGES: Record<DriveRefusalCode, string> = {
  INVALID_DURATION: 'A drive lasts 30, 45 or 60 minutes.',
  HOME_ADDRESS_REQUIRED: 'A home drive needs an address.',
  OUT_OF_RANGE: 'This address is outside the home-drive area.',
  NO_MATCHING_CAR: 'This dealership has no demo car of this model.',
  NO_DEMO_CAR_NEARBY: 'The dealerships that come to this address have no demo car of this model.',
  NO_ELIGIBLE_STAFF: 'No specialist can run this drive here.',
  TOO_SOON: 'This time is too soon to be booked.',
  OUTSIDE_HORIZON: 'This date is too far ahead.',
  OUTSIDE_HOURS: 'The dealership is not open at this time.',
  CLOSED: 'The dealership is closed that day.',
  OFF_GRID: 'Drives start on the slot grid.',
  RESOURCE_MISMATCH: 'This car or staff member cannot run this drive.',
  SLOT_TAKEN: 'This slot has just been taken. Please choose another one.',
  BUYER_ALREADY_BOOKED: 'You already have a test drive at this time.',
};

const CONFLICTS: ReadonlySet<DriveRefusalCode> = new Set(['SLOT_TAKEN', 'BUYER_ALREADY_BOOKED']);

/** A slot-engine refusal as the AppError every channel reports. */
export function refusalError(code: DriveRefusalCode): AppError {
  const status = CONFLICTS.has(code) ? 'CONFLICT' : code === 'NO_MATCHING_CAR' || code === 'NO_ELIGIBLE_STAFF' ? 'NOT_FOUND' : 'VALIDATION_FAILED';
  return new AppError(status, MESSAGES[code], { reason: code });
}
