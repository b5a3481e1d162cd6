import 'server-only';
import { getTranslations } from 'next-intl/server';
import { type ErrorCode, toAppError } from './errors';

export type ActionError = { code: ErrorCode; reason: string; message: string };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Runs a server action's body and turns any failure into a result the page can show, with the
 * message in the user's language (`errors.reasons.<REASON>` in messages/, else a generic one).
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') console.error('[action]', thrown);
    const t = await getTranslations('errors.reasons');
    const message = t.has(error.reason) ? t(error.reason) : t.has(error.code) ? t(error.code) : t('INTERNAL');
    return { ok: false, error: { code: error.code, reason: error.reason, message } };
  }
}
