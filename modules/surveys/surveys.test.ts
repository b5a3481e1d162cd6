import { describe, expect, it } from 'vitest';
import { answerSchema, showroomVisitSubject } from './questions';
import { stepScores, type SurveyResponse } from './scores';
import { parseSurveyLink, signSurveyLink, verifySurveyLink } from './token';

const secret = 'unit-secret-unit-secret-unit-secret';

describe('survey link', () => {
  it('verifies with its nonce and secret only', () => {
    const token = signSurveyLink(secret, { id: 'cmabc1234567890', nonce: 'nonce-1' });
    expect(parseSurveyLink(token)?.id).toBe('cmabc1234567890');
    expect(verifySurveyLink(secret, token, 'nonce-1')).toBe(true);
    expect(verifySurveyLink(secret, token, 'nonce-2')).toBe(false);
    expect(verifySurveyLink(`${secret}x`, token, 'nonce-1')).toBe(false);
    expect(parseSurveyLink('not a token')).toBeNull();
  });
});

describe('answers', () => {
  it('CSAT 1-5 everywhere, NPS 0-10 only where the step asks it', () => {
    expect(answerSchema('order').safeParse({ csat: '5', nps: '10' }).success).toBe(true);
    expect(answerSchema('order').safeParse({ csat: '5' }).success).toBe(false);
    expect(answerSchema('order').safeParse({ csat: '0', nps: '3' }).success).toBe(false);
    expect(answerSchema('showroom_visit').parse({ csat: '3', nps: '9', comment: ' ' })).toEqual({ csat: 3, nps: undefined, comment: null });
  });

  it('a showroom visit is one subject per dealership and Paris day', () => {
    expect(showroomVisitSubject('dlr1', new Date('2026-12-06T22:30:00Z'))).toBe('dlr1:2026-12-06');
    expect(showroomVisitSubject('dlr1', new Date('2026-12-06T23:30:00Z'))).toBe('dlr1:2026-12-07');
  });
});

describe('scores', () => {
  it('NPS is % promoters minus % detractors; CSAT satisfied is the share of 4 and 5', () => {
    const at = new Date();
    const r = (csat: number | null, nps: number | null): SurveyResponse => ({ step: 'order', csat, nps, comment: null, dealershipId: null, modelCode: null, answeredAt: at });
    const scores = stepScores('order', [r(5, 10), r(4, 9), r(2, 3), r(3, 7)]);
    expect(scores).toEqual({ step: 'order', responses: 4, csatAverage: 3.5, csatSatisfied: 0.5, nps: 25, npsResponses: 4 });
    expect(stepScores('chat', [])).toMatchObject({ responses: 0, csatAverage: null, nps: null });
  });
});
