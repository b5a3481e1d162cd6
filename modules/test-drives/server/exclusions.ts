import 'server-only';
import { classifyDbError, violatedConstraint } from '@/lib/db-errors';
import { refusalError } from './refusals';
import type { Tx } from './transaction';

/**
 * One buyer, one drive at a time (migration 20261207200000_drive_buyer_no_overlap). Keyed on the
 * identity that booked, never the typed e-mail: anyone may type an address, and the refusal would
 * then tell them when that person drives.
 */
const BUYER_CONSTRAINT = 'test_drive_buyer_no_overlap';

/** Refuses with BUYER_ALREADY_BOOKED when the buyer has another scheduled drive over [start, end). */
export async function assertBuyerFree(tx: Pick<Tx, '$queryRaw'>, buyerUserId: string | null, span: { start: Date; end: Date }, excludeDriveId = ''): Promise<void> {
  if (buyerUserId === null) return;
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM test_drive
    WHERE "buyerUserId" = ${buyerUserId} AND status = 'scheduled' AND id <> ${excludeDriveId}
      AND tstzrange("startsAt", "endsAt", '[)') && tstzrange(${span.start}::timestamptz, ${span.end}::timestamptz, '[)')
    LIMIT 1`;
  if (rows.length > 0) throw refusalError('BUYER_ALREADY_BOOKED');
}

/**
 * The exclusion constraints stay the last word: should a concurrent writer take the car, the
 * staff member or the buyer's time meanwhile (the checks above ran before its commit), the
 * buyer gets the refusal that names the rule, not a 500.
 */
export async function refuseOnExclusion<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (classifyDbError(error) !== 'exclusion') throw error;
    throw refusalError(violatedConstraint(error) === BUYER_CONSTRAINT ? 'BUYER_ALREADY_BOOKED' : 'SLOT_TAKEN');
  }
}
