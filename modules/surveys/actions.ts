'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { AppError, toAppError } from '@/lib/errors';
import { enforceLimits, requestClientAddress, SURVEY_LIMITS } from '@/lib/http/write-limits';
import { getViewer } from '@/lib/session';
import { optOutFromLink, setSurveysRefused, submitSurveyAnswer } from './server';

export type SurveyFormState = { ok: true } | { ok: false; reason: string; message: string; comment?: string } | null;

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

async function failure(thrown: unknown, comment?: string): Promise<SurveyFormState> {
  const error = toAppError(thrown);
  if (error.code === 'INTERNAL') console.error('[surveys action]', thrown);
  const t = await getTranslations('surveys.errors');
  const message = t.has(error.reason) ? t(error.reason) : t.has(error.code) ? t(error.code) : t('generic');
  return { ok: false, reason: error.reason, message, comment };
}

/** Anonymous (the link is the credential): rate-limited per client address before the token is even read. */
async function limited(): Promise<void> {
  await enforceLimits(SURVEY_LIMITS, { viewer: await getViewer(), ip: await requestClientAddress() });
}

export async function answerSurveyAction(_previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const comment = text(form, 'comment').slice(0, 2000);
  try {
    await limited();
    const nps = text(form, 'nps');
    await submitSurveyAnswer(text(form, 'token').slice(0, 200), { csat: text(form, 'csat') || undefined, nps: nps === '' ? undefined : nps, comment: comment || undefined });
  } catch (thrown) {
    return failure(thrown, comment);
  }
  return { ok: true };
}

export async function optOutAction(_previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  try {
    await limited();
    await optOutFromLink(text(form, 'token').slice(0, 200));
  } catch (thrown) {
    return failure(thrown);
  }
  return { ok: true };
}

/** The /account toggle (signed-in customers): their own address only. */
export async function surveyPreferenceAction(_previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  try {
    const viewer = await getViewer();
    if (!viewer || viewer.isGuest || viewer.role !== 'customer') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await setSurveysRefused(viewer.email, form.get('surveys') !== 'on');
    revalidatePath('/account');
  } catch (thrown) {
    return failure(thrown);
  }
  return { ok: true };
}
