import 'server-only';
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { surveyMail } from '../mails';
import { showroomVisitSubject, type SurveyStep } from '../questions';
import { signSurveyLink } from '../token';

/** A survey that came due: who, after which step, about what. */
export type DueSurvey = { customerId: string; step: SurveyStep; subjectRef: string; dealershipId: string | null; modelCode: string | null; email: string; locale: string; at: Date };

/** Steps older than this are not surveyed any more (a sweep that was down for long does not send stale surveys). */
export const SURVEY_LOOKBACK_DAYS = 7;
const DAY_MS = 86_400_000;

type Customer = { id: string; email: string; locale: string | null; isAnonymous: boolean | null; role: string };
const reachable = (u: Customer) => u.role === 'customer' && !u.isAnonymous && !u.email.endsWith('.invalid');
const customerSelect = { id: true, email: true, locale: true, isAnonymous: true, role: true } as const;

/**
 * The key steps whose survey is due: done at least `delayMinutes` ago, within the look-back. Read
 * from the records the steps leave (orders placed and handed over, the showroom tablet's
 * successful lookups and the consents customers gave there), so no step's code path has to call
 * the surveys, and a survey missed by a crash is found again by the next sweep.
 */
export async function dueSurveys(db: PrismaClient, now: Date, delayMinutes: number): Promise<DueSurvey[]> {
  const until = new Date(now.getTime() - delayMinutes * 60_000);
  const since = new Date(now.getTime() - SURVEY_LOOKBACK_DAYS * DAY_MS);
  const window = { gt: since, lte: until };
  const [placed, handedOver, lookups, consents] = await Promise.all([
    db.order.findMany({ where: { createdAt: window }, select: { reference: true, dealershipId: true, modelCode: true, locale: true, createdAt: true, buyer: { select: customerSelect } }, take: 500 }),
    db.order.findMany({ where: { handedOverAt: window }, select: { reference: true, dealershipId: true, modelCode: true, locale: true, handedOverAt: true, buyer: { select: customerSelect } }, take: 500 }),
    db.staffLookup.findMany({ where: { at: window, outcome: 'found', customerId: { not: null }, dealershipId: { not: null } }, select: { customerId: true, dealershipId: true, at: true }, take: 500 }),
    db.showroomConsent.findMany({ where: { grantedAt: window, customerId: { not: null } }, select: { customerId: true, dealershipId: true, grantedAt: true }, take: 500 }),
  ]);
  const due: DueSurvey[] = [];
  for (const o of placed) if (reachable(o.buyer)) due.push({ customerId: o.buyer.id, step: 'order', subjectRef: o.reference, dealershipId: o.dealershipId, modelCode: o.modelCode, email: o.buyer.email, locale: o.locale, at: o.createdAt });
  for (const o of handedOver) {
    if (o.handedOverAt && reachable(o.buyer)) due.push({ customerId: o.buyer.id, step: 'handover', subjectRef: o.reference, dealershipId: o.dealershipId, modelCode: o.modelCode, email: o.buyer.email, locale: o.locale, at: o.handedOverAt });
  }
  const visits = [
    ...lookups.flatMap((l) => (l.customerId && l.dealershipId ? [{ customerId: l.customerId, dealershipId: l.dealershipId, at: l.at }] : [])),
    ...consents.flatMap((c) => (c.customerId && c.grantedAt ? [{ customerId: c.customerId, dealershipId: c.dealershipId, at: c.grantedAt }] : [])),
  ];
  if (visits.length > 0) {
    const users = await db.user.findMany({ where: { id: { in: [...new Set(visits.map((v) => v.customerId))] } }, select: customerSelect });
    const byId = new Map(users.map((u) => [u.id, u]));
    for (const v of visits) {
      const user = byId.get(v.customerId);
      if (user && reachable(user)) due.push({ customerId: user.id, step: 'showroom_visit', subjectRef: showroomVisitSubject(v.dealershipId, v.at), dealershipId: v.dealershipId, modelCode: null, email: user.email, locale: user.locale === 'en' ? 'en' : 'fr', at: v.at });
    }
  }
  return due;
}

const key = (s: { customerId: string; step: string; subjectRef: string }) => `${s.customerId}|${s.step}|${s.subjectRef}`;

export type InviteLinks = { secret: string; appUrl: string };

/**
 * Writes the invitation and its e-mail in one transaction, once: the unique (customer, step,
 * subject) makes a second sweep, or another instance's, insert nothing and send nothing. An
 * opted-out address gets the invitation row marked not sent, and no e-mail, ever, for that step.
 * Returns the outbox ids to deliver after the commit.
 */
export async function sendDueSurveys(db: PrismaClient, due: readonly DueSurvey[], links: InviteLinks): Promise<string[]> {
  if (due.length === 0) return [];
  const unique = new Map(due.map((d) => [key(d), d]));
  const existing = await db.surveyInvitation.findMany({
    where: { OR: [...unique.values()].map((d) => ({ customerId: d.customerId, step: d.step, subjectRef: d.subjectRef })) },
    select: { customerId: true, step: true, subjectRef: true },
  });
  for (const e of existing) unique.delete(key(e));
  const mailIds: string[] = [];
  for (const d of unique.values()) {
    const mailId = await db.$transaction(async (tx) => {
      const optedOut = (await tx.surveyOptOut.count({ where: { email: d.email.toLowerCase() } })) > 0;
      const nonce = randomBytes(24).toString('base64url');
      const { count } = await tx.surveyInvitation.createMany({
        data: [{ customerId: d.customerId, step: d.step, subjectRef: d.subjectRef, dealershipId: d.dealershipId, modelCode: d.modelCode, email: d.email.toLowerCase(), locale: d.locale, nonce, sent: !optedOut }],
        skipDuplicates: true,
      });
      if (count === 0 || optedOut) return null;
      const row = await tx.surveyInvitation.findUniqueOrThrow({ where: { customerId_step_subjectRef: { customerId: d.customerId, step: d.step, subjectRef: d.subjectRef } }, select: { id: true, nonce: true } });
      const token = signSurveyLink(links.secret, row);
      return enqueueMail(
        surveyMail({ to: d.email, locale: d.locale, step: d.step, reference: d.step === 'showroom_visit' ? null : d.subjectRef, surveyUrl: `${links.appUrl}/surveys/${token}`, optOutUrl: `${links.appUrl}/surveys/${token}/opt-out` }),
        { tx },
      );
    });
    if (mailId) mailIds.push(mailId);
  }
  return mailIds;
}
