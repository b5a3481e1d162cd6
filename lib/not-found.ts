import 'server-only';
import { notFound } from 'next/navigation';
import { toAppError } from './errors';

/**
 * For pages that load one record by an id from the URL: "not found", "not yours" (services answer
 * NOT_FOUND for both, so existence does not leak) and an id the database cannot even read (a NUL
 * byte: SQLSTATE 22021) all render the 404 page, instead of a 500 whose digest differs per case.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST' || error.code === 'VALIDATION_FAILED') notFound();
    throw thrown;
  }
}
