import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { AppError, type ErrorCode, toAppError } from './errors';
import { getViewer, type Role, type Viewer } from './session';

export type ActionError = { code: ErrorCode; reason: string; message: string; fields?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export type ActionSpec<S extends z.ZodType> = {
  /** For logs. */
  name: string;
  /** Parses what the client sent: server actions are public endpoints, their arguments untrusted. */
  input: S;
  /** Signed-in (non-guest) users of these roles only. */
  roles?: readonly Role[];
};

/**
 * The one wrapper of server actions, the counterpart of apiRoute (lib/http/route.ts): the viewer
 * and their role first, then zod parsing of the input, then the body; any failure becomes a
 * result the page can show, with the message in the user's language (`errors.reasons.<REASON>`,
 * else `errors.reasons.<CODE>`), field messages for invalid input, and unexpected failures
 * logged and hidden behind INTERNAL. (The body size is bounded by next.config.ts.)
 */
export async function serverAction<S extends z.ZodType, T>(
  spec: ActionSpec<S>,
  raw: unknown,
  body: (input: z.output<S>, viewer: Viewer | null) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const viewer = await getViewer();
    if (spec.roles) {
      if (!viewer || viewer.isGuest) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      if (!spec.roles.includes(viewer.role)) throw new AppError('FORBIDDEN', 'Your account cannot do this.');
    }
    return { ok: true, data: await body(spec.input.parse(raw), viewer) };
  } catch (thrown) {
    return { ok: false, error: await actionError(spec.name, thrown) };
  }
}

/** Runs an already-authorised body with the same error mapping (for wrappers built on this one). */
export async function runAction<T>(body: () => Promise<T>, name = 'action'): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (thrown) {
    return { ok: false, error: await actionError(name, thrown) };
  }
}

/** Any failure as an ActionError in the user's language; INTERNAL ones are logged. */
export async function actionError(name: string, thrown: unknown): Promise<ActionError> {
  const error = toAppError(thrown);
  if (error.code === 'INTERNAL') console.error(`[action ${name}]`, thrown);
  const t = await getTranslations('errors.reasons');
  const message = t.has(error.reason) ? t(error.reason) : t.has(error.code) ? t(error.code) : t('INTERNAL');
  const issues = error.code === 'VALIDATION_FAILED' && Array.isArray(error.details?.issues) ? (error.details.issues as Array<{ path: string; message: string }>) : [];
  const fields = issues.length > 0 ? Object.fromEntries(issues.map((i) => [i.path, i.message])) : undefined;
  return { code: error.code, reason: error.reason, message, ...(fields ? { fields } : {}) };
}
