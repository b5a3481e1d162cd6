import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { showroomVisitSubject } from '../questions';
import { signSurveyLink } from '../token';
import { answerSurvey, optOutWithLink, readSurveyLink, setSurveyOptOut } from './answer';
import { dueSurveys, sendDueSurveys } from './invite';
import { surveyScores, surveyVerbatims } from './report';

const SECRET = 'survey-test-secret-survey-test-secret';
const LINKS = { secret: SECRET, appUrl: 'https://virage.test' };
const tag = randomBytes(4).toString('hex');
// A fixed instant (mid-day in Paris): the showroom visits below fall on one Paris day. It lies well
// before any day these tests run, so what other test files write meanwhile (orders, lookups at the
// real time, in the same database) is never within this sweep's window.
const NOW = new Date('2026-03-02T10:00:00Z');
let n = 0;
let dealershipId = '';

async function customer(): Promise<{ id: string; email: string }> {
  const id = `susr_${tag}_${++n}`;
  const email = `${id}@example.com`;
  await db.user.create({ data: { id, name: `Buyer ${n}`, email, role: 'customer' } });
  return { id, email };
}

async function order(buyer: { id: string; email: string }, at: Date, handedOverAt: Date | null = null): Promise<string> {
  const reference = `S${tag}${++n}`.toUpperCase().slice(0, 12);
  await db.order.create({
    data: { reference, buyerId: buyer.id, dealershipId, kind: 'factory', modelCode: 'horizon', trimCode: 'base', totalCents: 3_000_000, depositCents: 50_000, deliveryMode: 'click_collect', snapshot: {}, buyerEmail: buyer.email, paymentDueAt: at, createdAt: at, handedOverAt, status: handedOverAt ? 'handed_over' : 'awaiting_payment' },
  });
  return reference;
}

const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const sweep = async (delay = 60) => sendDueSurveys(db, await dueSurveys(db, NOW, delay), LINKS);
const tokenOf = async (customerId: string, step: 'order' | 'handover' | 'showroom_visit') => {
  const row = await db.surveyInvitation.findFirstOrThrow({ where: { customerId, step }, select: { id: true, nonce: true } });
  return signSurveyLink(SECRET, row);
};

beforeAll(async () => {
  const row = await db.dealership.create({
    data: { code: `S${tag}`, name: 'Lyon Survey', street: '1 rue', postalCode: '69001', city: 'Lyon', lat: 45.76, lon: 4.83, phone: '0400000000', email: `s${tag}@d.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 10 },
    select: { id: true },
  });
  dealershipId = row.id;
});
afterAll(async () => {
  await pool().end();
});

describe('surveys after a key step', () => {
  it('are sent once after the delay, however many sweeps run, even side by side', async () => {
    const buyer = await customer();
    const reference = await order(buyer, minutesAgo(90), minutesAgo(61));
    const recent = await customer();
    await order(recent, minutesAgo(10));
    const results = await Promise.all([sweep(), sweep(), sweep()]);
    await sweep();
    const invitations = await db.surveyInvitation.findMany({ where: { customerId: { in: [buyer.id, recent.id] } }, select: { customerId: true, step: true, subjectRef: true, sent: true } });
    expect(invitations.map((i) => i.step).sort()).toEqual(['handover', 'order']);
    expect(invitations.every((i) => i.customerId === buyer.id && i.subjectRef === reference && i.sent)).toBe(true);
    const mails = await db.outboxMessage.findMany({ where: { to: buyer.email }, select: { id: true, kind: true, text: true } });
    expect(mails.map((m) => m.kind).sort()).toEqual(['survey.handover', 'survey.order']);
    // Each mail was sent by exactly one of the concurrent sweeps.
    expect(results.flat().filter((id) => mails.some((m) => m.id === id)).sort()).toEqual(mails.map((m) => m.id).sort());
    expect(new Set(results.flat()).size).toBe(results.flat().length);
    expect(mails[0]?.text).toContain('https://virage.test/surveys/');
    expect(mails[0]?.text).toContain('/opt-out');
    // The recent order's survey waits for the delay; with none, it goes at the next sweep.
    await sweep(0);
    expect(await db.surveyInvitation.count({ where: { customerId: recent.id, step: 'order' } })).toBe(1);
  });

  it('a showroom visit (lookup found, consent given) is surveyed once per dealership and day', async () => {
    const visitor = await customer();
    const staffId = `sstaff_${tag}`;
    await db.staffLookup.createMany({ data: [
      { staffUserId: staffId, dealershipId, customerId: visitor.id, method: 'code', outcome: 'found', at: minutesAgo(120) },
      { staffUserId: staffId, dealershipId, customerId: visitor.id, method: 'customer', outcome: 'found', at: minutesAgo(100) },
      { staffUserId: staffId, dealershipId, customerId: visitor.id, method: 'email', outcome: 'refused_no_consent', at: minutesAgo(100) },
    ] });
    await sweep();
    const rows = await db.surveyInvitation.findMany({ where: { customerId: visitor.id }, select: { step: true, subjectRef: true, dealershipId: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ step: 'showroom_visit', dealershipId });
    expect(rows[0]?.subjectRef).toBe(showroomVisitSubject(dealershipId, minutesAgo(120)));
    const link = await readSurveyLink(db, SECRET, await tokenOf(visitor.id, 'showroom_visit'));
    expect(link).toMatchObject({ state: 'open', step: 'showroom_visit', asksNps: false, reference: null, dealershipName: 'Lyon Survey' });
  });

  it('an opted-out address gets none, and the step is never surveyed later', async () => {
    const buyer = await customer();
    await setSurveyOptOut(db, buyer.email.toUpperCase(), true, NOW);
    await order(buyer, minutesAgo(120));
    expect(await sweep()).toEqual([]);
    expect(await db.outboxMessage.count({ where: { to: buyer.email } })).toBe(0);
    await setSurveyOptOut(db, buyer.email, false, NOW);
    expect(await sweep()).toEqual([]);
    expect(await db.surveyInvitation.findFirst({ where: { customerId: buyer.id }, select: { sent: true } })).toEqual({ sent: false });
  });

  it('the signed link answers once; a forged or replayed link changes nothing; the opt-out link works without sign-in', async () => {
    const buyer = await customer();
    await order(buyer, minutesAgo(120));
    await sweep();
    const token = await tokenOf(buyer.id, 'order');
    const [id] = token.split('.');
    await expect(readSurveyLink(db, SECRET, `${id}.${'A'.repeat(32)}`)).rejects.toMatchObject({ reason: 'SURVEY_LINK_INVALID' });
    await expect(readSurveyLink(db, 'another-secret-another-secret-another', token)).rejects.toMatchObject({ reason: 'SURVEY_LINK_INVALID' });
    await expect(answerSurvey(db, SECRET, token, { csat: '5' }, NOW)).rejects.toMatchObject({ reason: 'SURVEY_SCORE_INVALID' });
    await expect(answerSurvey(db, SECRET, token, { csat: '6', nps: '9' }, NOW)).rejects.toMatchObject({ reason: 'SURVEY_SCORE_INVALID' });
    const answers = await Promise.allSettled([
      answerSurvey(db, SECRET, token, { csat: '4', nps: '9', comment: '  Très clair  ' }, NOW),
      answerSurvey(db, SECRET, token, { csat: '1', nps: '0', comment: 'second' }, NOW),
    ]);
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(answers.find((a) => a.status === 'rejected')).toMatchObject({ reason: { reason: 'SURVEY_ALREADY_ANSWERED' } });
    const row = await db.surveyInvitation.findFirstOrThrow({ where: { customerId: buyer.id }, select: { csat: true, nps: true, comment: true } });
    expect([4, 1]).toContain(row.csat);
    expect((await readSurveyLink(db, SECRET, token)).state).toBe('answered');
    await optOutWithLink(db, SECRET, token, NOW);
    expect((await readSurveyLink(db, SECRET, token)).optedOut).toBe(true);
  });

  it('the report gives CSAT and NPS per step with verbatims, filtered by dealership and model, the test drive and chat answers beside', async () => {
    const buyer = await customer();
    await order(buyer, minutesAgo(120));
    await sweep();
    await answerSurvey(db, SECRET, await tokenOf(buyer.id, 'order'), { csat: '2', nps: '3', comment: 'Trop long' }, NOW);
    const chatOwner = await customer();
    await db.chatConversation.create({ data: { ownerId: chatOwner.id, status: 'closed', closedAt: NOW, csatScore: 5, csatComment: 'Réponse rapide' } });
    const filter = { from: new Date(NOW.getTime() - 86_400_000), to: new Date(NOW.getTime() + 86_400_000) };
    const all = await surveyScores(pool(), filter);
    const orders = all.find((s) => s.step === 'order');
    expect(orders?.responses).toBeGreaterThanOrEqual(2);
    expect(orders?.npsResponses).toBe(orders?.responses);
    expect(all.find((s) => s.step === 'chat')?.csatAverage).not.toBeNull();
    const mine = await surveyScores(pool(), { ...filter, dealershipId, modelCode: 'horizon' });
    expect(mine.map((s) => s.step)).not.toContain('chat');
    expect(await surveyScores(pool(), { ...filter, dealershipId, modelCode: 'other' })).toEqual([]);
    const verbatims = await surveyVerbatims(pool(), { ...filter, dealershipId });
    expect(verbatims.map((v) => v.comment)).toContain('Trop long');
    expect(verbatims.find((v) => v.comment === 'Trop long')).toMatchObject({ step: 'order', csat: 2, nps: 3 });
    expect(verbatims[0]?.at).toBeInstanceOf(Date);
  });
});
