import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { answerSchema, QUESTIONS, type SurveyStep } from '../questions';
import { parseSurveyLink, verifySurveyLink } from '../token';

// What a customer does from the survey e-mail, without signing in: answer once, or stop surveys.

const invalid = () => new AppError('BAD_REQUEST', 'This link is not valid.', { reason: 'SURVEY_LINK_INVALID' });

const invitationSelect = { id: true, nonce: true, step: true, subjectRef: true, email: true, locale: true, answeredAt: true, dealershipId: true, modelCode: true } as const;

async function invitationOf(db: PrismaClient, secret: string, token: string) {
  const parsed = parseSurveyLink(token);
  if (!parsed) throw invalid();
  const row = await db.surveyInvitation.findUnique({ where: { id: parsed.id }, select: invitationSelect });
  if (!row || !verifySurveyLink(secret, token, row.nonce)) throw invalid();
  return row;
}

export type SurveyLinkView = {
  state: 'open' | 'answered';
  step: SurveyStep;
  asksNps: boolean;
  /** the order reference, or null for a showroom visit */
  reference: string | null;
  dealershipName: string | null;
  optedOut: boolean;
};

export async function readSurveyLink(db: PrismaClient, secret: string, token: string): Promise<SurveyLinkView> {
  const row = await invitationOf(db, secret, token);
  const [dealership, optOut] = await Promise.all([
    row.dealershipId ? db.dealership.findUnique({ where: { id: row.dealershipId }, select: { name: true } }) : null,
    db.surveyOptOut.findUnique({ where: { email: row.email }, select: { email: true } }),
  ]);
  return {
    state: row.answeredAt ? 'answered' : 'open',
    step: row.step,
    asksNps: QUESTIONS[row.step].nps,
    reference: row.step === 'showroom_visit' ? null : row.subjectRef,
    dealershipName: dealership?.name ?? null,
    optedOut: optOut !== null,
  };
}

/** Writes the answer once: the update is conditional on no answer yet, so a second submit (or a replayed one) changes nothing. */
export async function answerSurvey(db: PrismaClient, secret: string, token: string, raw: unknown, now: Date): Promise<void> {
  const row = await invitationOf(db, secret, token);
  const parsed = answerSchema(row.step).safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'Choose a score for each question.', { reason: 'SURVEY_SCORE_INVALID' });
  const { count } = await db.surveyInvitation.updateMany({
    where: { id: row.id, answeredAt: null },
    data: { answeredAt: now, csat: parsed.data.csat, nps: parsed.data.nps ?? null, comment: parsed.data.comment },
  });
  if (count === 0) throw new AppError('CONFLICT', 'You already answered, thank you.', { reason: 'SURVEY_ALREADY_ANSWERED' });
}

export async function optOutWithLink(db: PrismaClient, secret: string, token: string, now: Date): Promise<void> {
  const row = await invitationOf(db, secret, token);
  await setSurveyOptOut(db, row.email, true, now);
}

export async function setSurveyOptOut(db: PrismaClient, email: string, optedOut: boolean, now: Date): Promise<void> {
  const address = email.toLowerCase();
  if (optedOut) await db.surveyOptOut.upsert({ where: { email: address }, create: { email: address, at: now }, update: {} });
  else await db.surveyOptOut.deleteMany({ where: { email: address } });
}

export async function isOptedOut(db: PrismaClient, email: string): Promise<boolean> {
  return (await db.surveyOptOut.count({ where: { email: email.toLowerCase() } })) > 0;
}
