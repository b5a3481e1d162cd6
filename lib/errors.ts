import { z } from 'zod';

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

function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^P\d{4}$/.test(error.code)) {
    return error.code;
  }
  return undefined;
}

/** Turns anything thrown into an AppError; unknown errors are hidden behind INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    return new AppError('VALIDATION_FAILED', 'The request is not valid.', {
      details: { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  const prismaCode = prismaErrorCode(error);
  if (prismaCode === 'P2025') return new AppError('NOT_FOUND', 'Not found.', { cause: error });
  if (prismaCode === 'P2002') return new AppError('CONFLICT', 'This already exists.', { cause: error });
  return new AppError('INTERNAL', 'Something went wrong on our side.', { cause: error });
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, reason: error.reason, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}
