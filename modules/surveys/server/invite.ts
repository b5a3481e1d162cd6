import 'server-only';
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { surveyMail } from '../mails';
import type { SurveyStep } from '../questions';
import { signSurveyLink } from '../token';

/** A survey that came due: who, after which step, about what. */
export type DueSurvey = { customerId: string; step: SurveyStep; subjectRef: string; dealershipId: string | null; modelCode: string | null; email: string; locale: string; at: Date };

/** Steps older than this are not surveyed any more (a sweep that was down for long does not send stale surveys). */
export const SURVEY_LOOKBACK_DAYS = 7;
const DAY_MS = 86_400_000;

/** At most this many surveys per sweep; the next sweep takes the rest (the ones sent are excluded by the query). */
export const SWEEP_BATCH = 500;

type DueRow = { customerId: string; step: SurveyStep; subjectRef: string; dealershipId: string | null; modelCode: string | null; email: string; userLocale: string | null; orderLocale: string | null; at: Date };

/**
 * The key steps whose survey is due: done at least `delayMinutes` ago, within the look-back, not
 * surveyed yet. Read from the records the steps leave (orders placed and handed over, the showroom
 * tablet's successful lookups and the consents customers gave there), so no step's code path has
 * to call the surveys, and a survey missed by a crash is found again by the next sweep. Only
 * customers with a real address (not guests, not closed accounts, not staff) are surveyed. The
 * columns are UTC timestamps without zone, hence the conversions.
 */
export async function dueSurveys(db: PrismaClient, now: Date, delayMinutes: number): Promise<DueSurvey[]> {
  const until = new Date(now.getTime() - delayMinutes * 60_000).toISOString();
  const since = new Date(now.getTime() - SURVEY_LOOKBACK_DAYS * DAY_MS).toISOString();
  const visitSubject = (dealership: string, at: string) => `left(${dealership}, 50) || ':' || to_char((${at} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`;
  const rows = await db.$queryRawUnsafe<DueRow[]>(
    `WITH bounds AS (SELECT ($1::timestamptz AT TIME ZONE 'UTC') AS since, ($2::timestamptz AT TIME ZONE 'UTC') AS until),
    steps AS (
      SELECT o."buyerId" AS "customerId", 'order'::"SurveyStep" AS step, o.reference AS "subjectRef", o."dealershipId", o."modelCode", o.locale AS "orderLocale", o."createdAt" AS at
        FROM "order" o, bounds b WHERE o."createdAt" > b.since AND o."createdAt" <= b.until
      UNION ALL
      SELECT o."buyerId", 'handover', o.reference, o."dealershipId", o."modelCode", o.locale, o."handedOverAt"
        FROM "order" o, bounds b WHERE o."handedOverAt" > b.since AND o."handedOverAt" <= b.until
      UNION ALL
      SELECT l."customerId", 'showroom_visit', ${visitSubject('l."dealershipId"', 'l.at')}, l."dealershipId", NULL, NULL, l.at
        FROM staff_lookup l, bounds b WHERE l.at > b.since AND l.at <= b.until AND l.outcome = 'found' AND l."customerId" IS NOT NULL AND l."dealershipId" IS NOT NULL
      UNION ALL
      SELECT c."customerId", 'showroom_visit', ${visitSubject('c."dealershipId"', 'c."grantedAt"')}, c."dealershipId", NULL, NULL, c."grantedAt"
        FROM showroom_consent c, bounds b WHERE c."grantedAt" > b.since AND c."grantedAt" <= b.until AND c."customerId" IS NOT NULL
    )
    SELECT DISTINCT ON (s."customerId", s.step, s."subjectRef") s."customerId", s.step::text AS step, s."subjectRef", s."dealershipId", s."modelCode", s."orderLocale", u.email, u.locale AS "userLocale", (s.at AT TIME ZONE 'UTC') AS at
    FROM steps s JOIN "user" u ON u.id = s."customerId"
    WHERE u.role = 'customer' AND coalesce(u."isAnonymous", false) = false AND u.email NOT LIKE '%.invalid'
      AND NOT EXISTS (SELECT 1 FROM survey_invitation i WHERE i."customerId" = s."customerId" AND i.step = s.step AND i."subjectRef" = s."subjectRef")
    ORDER BY s."customerId", s.step, s."subjectRef", s.at
    LIMIT ${SWEEP_BATCH}`,
    since,
    until,
  );
  return rows.map((r) => ({
    customerId: r.customerId,
    step: r.step,
    subjectRef: r.subjectRef,
    dealershipId: r.dealershipId,
    modelCode: r.modelCode,
    email: r.email,
    locale: (r.orderLocale ?? r.userLocale) === 'en' ? 'en' : 'fr',
    at: r.at,
  }));
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
