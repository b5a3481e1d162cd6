/** Coded results: the page translates `code` (with `params`) instead of showing `message`. */
import type { z } from 'zod';

export type FinanceErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_PRODUCT'
  | 'PRODUCT_KIND_MISMATCH'
  | 'MODEL_NOT_ELIGIBLE'
  | 'DURATION_NOT_OFFERED'
  | 'NO_RATE_FOR_DURATION'
  | 'MILEAGE_NOT_OFFERED'
  | 'NO_RESIDUAL_VALUE'
  | 'DEPOSIT_EXCEEDS_PRICE'
  | 'DEPOSIT_BELOW_MIN'
  | 'DEPOSIT_ABOVE_MAX'
  | 'FINANCED_AMOUNT_TOO_LOW'
  | 'FINANCED_AMOUNT_TOO_HIGH'
  | 'RENT_NOT_POSITIVE'
  | 'NO_OFFERS'
  | 'TOO_MANY_OFFERS'
  | 'YEAR_IN_FUTURE'
  | 'VEHICLE_NOT_IN_REFERENCE';

export type FinanceErrorParams = Readonly<Record<string, number | string | readonly number[]>>;

export type FinanceError = {
  readonly code: FinanceErrorCode;
  /** Dotted path of the offending input field ('' for the request as a whole). */
  readonly path: string;
  /** Developer-facing English explanation; not for display. */
  readonly message: string;
  readonly params?: FinanceErrorParams;
};

export type FinanceResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FinanceError[] };

export const ok = <T>(value: T): FinanceResult<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: FinanceError[]): FinanceResult<T> => ({ ok: false, errors });

export function financeError(code: FinanceErrorCode, path: string, message: string, params?: FinanceErrorParams): FinanceError {
  return params ? { code, path, message, params } : { code, path, message };
}

/** Zod issues become INVALID_INPUT errors, one per issue. */
export function fromZodError(error: z.ZodError): FinanceError[] {
  return error.issues.map((issue) => financeError('INVALID_INPUT', issue.path.map(String).join('.'), issue.message));
}
