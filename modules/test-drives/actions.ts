'use server';

import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { toAppError } from '@/lib/errors';
import { enforceLimits, BOOKING_LIMITS, requestClientAddress } from '@/lib/http/write-limits';
import { ensureViewer, getViewer } from '@/lib/session';
import { actorFromViewer, bookDrive, cancelDriveWithToken, moveDriveWithToken, submitSurvey } from './server';
import type { FormState } from './form-state';
import { zInstant } from './local-date-time';

async function failure(thrown: unknown, values?: Record<string, string>): Promise<FormState> {
  const error = toAppError(thrown);
  if (error.code === 'INTERNAL') console.error('[test-drive action]', thrown);
  const t = await getTranslations('testDrive.errors');
  const fields = error.code === 'VALIDATION_FAILED' && error.reason === 'VALIDATION_FAILED' && Array.isArray(error.details?.issues)
    ? error.details.issues.flatMap((i: unknown) => (typeof i === 'object' && i !== null && 'path' in i && typeof i.path === 'string' ? [i.path.replace(/^driver\./, '')] : []))
    : [];
  const message = t.has(error.reason) ? t(error.reason) : t.has(error.code) ? t(error.code) : t('generic');
  // A refused field is named in the message, not just "check the fields".
  const labels = await getTranslations('testDrive.driver');
  const named = fields.filter((f) => labels.has(f)).map((f) => labels(f));
  const summary = named.length > 0 ? (await getTranslations('fixes.driverFields'))('summary', { fields: named.join(', ') }) : message;
  return { ok: false, reason: error.reason, message: summary, fields, values };
}

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

const DRIVER_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'licenceNumber', 'licenceIssuedOn', 'birthDate', 'note'] as const;

export async function bookDriveAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(DRIVER_FIELDS.map((k) => [k, text(form, k)]));
  let manage: string;
  try {
    const viewer = await getViewer();
    await enforceLimits(BOOKING_LIMITS, { viewer, ip: await requestClientAddress() });
    const locale = (await getLocale()) === 'en' ? 'en' : 'fr';
    const home = text(form, 'street') ? { street: text(form, 'street'), postalCode: text(form, 'postalCode'), city: text(form, 'city') } : undefined;
    // Same write and limits as POST /api/test-drives/bookings; a guest identity only for a booking that passed every check.
    const booked = await bookDrive(actorFromViewer(viewer), {
      dealershipId: text(form, 'dealershipId'),
      modelCode: text(form, 'model'),
      powertrain: text(form, 'powertrain') || undefined,
      trimCode: text(form, 'trim') || undefined,
      kind: text(form, 'kind') === 'home' ? 'home' : 'showroom',
      durationMinutes: Number(text(form, 'duration') || 45),
      start: text(form, 'start'),
      home,
      locale,
      note: values.note || undefined,
      driver: { firstName: values.firstName ?? '', lastName: values.lastName ?? '', email: values.email ?? '', phone: values.phone ?? '', licenceNumber: values.licenceNumber ?? '', licenceIssuedOn: values.licenceIssuedOn ?? '', birthDate: values.birthDate ?? '' },
    }, new Date(), async () => actorFromViewer(await ensureViewer()));
    manage = new URL(booked.manageUrl).pathname;
  } catch (thrown) {
    return failure(thrown, values);
  }
  redirect(`${manage}?booked=1`);
}

export async function moveWithTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  let manage: string;
  try {
    const start = zInstant().parse(text(form, 'start'));
    const moved = await moveDriveWithToken(text(form, 'token'), start);
    manage = new URL(moved.manageUrl).pathname;
  } catch (thrown) {
    return failure(thrown);
  }
  redirect(`${manage}?moved=1`);
}

export async function cancelWithTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const token = text(form, 'token');
  try {
    await cancelDriveWithToken(token);
  } catch (thrown) {
    return failure(thrown);
  }
  redirect(`/test-drive/manage/${token}?cancelled=1`);
}

export async function submitSurveyAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    await submitSurvey(text(form, 'token'), { score: Number(text(form, 'score') || Number.NaN), comment: text(form, 'comment') || undefined });
  } catch (thrown) {
    return failure(thrown, { comment: text(form, 'comment') });
  }
  return { ok: true };
}
