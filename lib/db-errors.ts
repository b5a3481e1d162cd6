/**
 * The one classifier of database failures. Prisma reports them three ways (its own P-codes, a
 * driver-adapter error with the SQLSTATE in `cause.originalCode`, a raw pg error with `code`);
 * every caller asks here instead of unpicking them itself.
 */
export type DbFailure =
  | 'unique' // 23505 / P2002
  | 'exclusion' // 23P01: an EXCLUDE constraint (overlapping bookings)
  | 'foreign-key' // 23503 / P2003
  | 'not-found' // P2025
  | 'deadlock' // 40P01
  | 'serialization' // 40001
  | 'bad-text' // 22021 (NUL byte), 22P02 (invalid text representation), 22007/22008 (bad date)
  | 'other';

const BY_SQLSTATE: Record<string, DbFailure> = {
  '23505': 'unique',
  '23P01': 'exclusion',
  '23503': 'foreign-key',
  '40P01': 'deadlock',
  '40001': 'serialization',
  '22021': 'bad-text',
  '22P02': 'bad-text',
  '22007': 'bad-text',
  '22008': 'bad-text',
};
const BY_PRISMA_CODE: Record<string, DbFailure> = { P2002: 'unique', P2003: 'foreign-key', P2025: 'not-found', P2034: 'serialization' };
const BY_ADAPTER_KIND: Record<string, DbFailure> = {
  UniqueConstraintViolation: 'unique',
  ForeignKeyConstraintViolation: 'foreign-key',
  TransactionWriteConflict: 'serialization',
};

/** Every code-like value found on the error, its causes and Prisma's `meta` (depth-bounded). */
function codesOf(error: unknown, depth = 0, found: string[] = []): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return found;
  const record = error as Record<string, unknown>;
  for (const key of ['code', 'originalCode', 'sqlState', 'kind']) if (typeof record[key] === 'string') found.push(record[key]);
  for (const key of ['cause', 'meta', 'driverAdapterError']) codesOf(record[key], depth + 1, found);
  return found;
}

export function classifyDbError(error: unknown): DbFailure {
  const codes = codesOf(error);
  for (const code of codes) if (BY_SQLSTATE[code]) return BY_SQLSTATE[code];
  for (const code of codes) if (BY_PRISMA_CODE[code]) return BY_PRISMA_CODE[code];
  for (const code of codes) if (BY_ADAPTER_KIND[code]) return BY_ADAPTER_KIND[code];
  return 'other';
}

const CONSTRAINT_IN_MESSAGE = /constraint "([^"]+)"/;

/**
 * The constraint a write broke, when the failure names it: pg's own `constraint` field, or the
 * message ("… violates exclusion constraint "name"") that the driver adapters pass on. Lets a
 * caller with several constraints on one table tell the buyer which rule refused them.
 */
export function violatedConstraint(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const record = error as Record<string, unknown>;
  if (typeof record.constraint === 'string') return record.constraint;
  // The driver's own report first: Prisma's top-level message also quotes the calling source.
  for (const key of ['cause', 'meta', 'driverAdapterError']) {
    const found = violatedConstraint(record[key], depth + 1);
    if (found) return found;
  }
  for (const key of ['originalMessage', 'message']) {
    const text = record[key];
    const named = typeof text === 'string' ? CONSTRAINT_IN_MESSAGE.exec(text) : null;
    if (named?.[1]) return named[1];
  }
  return undefined;
}

/** Failures worth retrying the whole transaction for. */
export const isTransient = (error: unknown): boolean => {
  const kind = classifyDbError(error);
  return kind === 'deadlock' || kind === 'serialization';
};
