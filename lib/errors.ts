import { z } from 'zod';
import { classifyDbError } from './db-errors';

/** Every failure the app reports on purpose has one of these codes; each maps to one HTTP status. */
export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** A stable, more precise reason than the code (e.g. SLOT_TAKEN), for clients and translations. */
  readonly reason: string;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, options: { reason?: string; details?: ErrorDetails; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = options.reason ?? code;
    this.details = options.details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode; reason: string; message: string; details?: ErrorDetails } };

/** Turns anything thrown into an AppError; unknown errors are hidden behind INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    return new AppError('VALIDATION_FAILED', 'The request is not valid.', {
      details: { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  switch (classifyDbError(error)) {
    case 'not-found':
      return new AppError('NOT_FOUND', 'Not found.', { cause: error });
    case 'unique':
      return new AppError('CONFLICT', 'This already exists.', { cause: error });
    case 'exclusion':
      // An EXCLUDE constraint (two bookings of one car at once) that no service turned into a refusal.
      return new AppError('CONFLICT', 'This time is no longer free.', { reason: 'OVERLAP', cause: error });
    case 'foreign-key':
      // A reference to a row that does not exist (or no longer does).
      return new AppError('CONFLICT', 'This refers to something that does not exist.', { reason: 'REFERENCE_MISSING', cause: error });
    case 'bad-text':
      // e.g. a NUL byte or an impossible date that reached a query: bad input, not our failure.
      return new AppError('BAD_REQUEST', 'The request contains an invalid value.', { reason: 'INVALID_VALUE', cause: error });
    case 'deadlock':
    case 'serialization':
      return new AppError('UNAVAILABLE', 'The service is busy. Please try again.', { reason: 'BUSY', cause: error });
    default:
      break;
  }
  return new AppError('INTERNAL', 'Something went wrong on our side.', { cause: error });
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, reason: error.reason, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}
