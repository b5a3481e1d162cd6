import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { runAction } from '@/lib/action';
import { formObject, type FormState } from './form-state';

type Outcome<T> = { state: FormState; data?: T };

/**
 * Runs a back-office form action: authorizes first (`authorize` calls requireRole), validates the
 * form with `schema` (field errors translated under `dealer.validation`), then runs `body` through
 * runAction. Refusals of the test-drive services are translated under `testDrive.errors`, others
 * under `errors.reasons`.
 */
export async function runFormAction<S extends z.ZodType, C, T>(
  data: FormData,
  authorize: () => Promise<C>,
  schema: S,
  body: (input: z.output<S>, context: C) => Promise<T>,
  successKey: string,
): Promise<Outcome<T>> {
  const t = await getTranslations('dealer');
  const at = Date.now();
  const auth = await runAction(authorize);
  if (!auth.ok) return { state: { status: 'error', message: auth.error.message, at } };
  const parsed = schema.safeParse(formObject(data));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      const key = `validation.${issue.message}`;
      const byField = `validation.fields.${String(issue.path[issue.path.length - 1] ?? '')}`;
      fieldErrors[field] ??= t.has(key) ? t(key) : t.has(byField) ? t(byField) : t('validation.invalid');
    }
    return { state: { status: 'error', message: t('validation.summary'), fieldErrors, at } };
  }
  const result = await runAction(() => body(parsed.data, auth.data));
  if (!result.ok) {
    const refusals = await getTranslations('testDrive.errors');
    // A refusal addressed to the buyer (« vous ») has its staff wording where one is needed.
    const reason = refusals.has(`staff.${result.error.reason}`) ? `staff.${result.error.reason}` : result.error.reason;
    const message = refusals.has(reason) ? refusals(reason) : result.error.message;
    return { state: { status: 'error', message, at } };
  }
  return { state: { status: 'ok', message: t(successKey), at }, data: result.data };
}
