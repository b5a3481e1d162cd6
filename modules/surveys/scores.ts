import type { ReportedStep } from './questions';

/** One answer as the report reads it, whatever survey it came from. */
export type SurveyResponse = { step: ReportedStep; csat: number | null; nps: number | null; comment: string | null; dealershipId: string | null; modelCode: string | null; answeredAt: Date };

export type StepScores = {
  step: ReportedStep;
  responses: number;
  /** average CSAT (1-5) and the share of satisfied answers (4 or 5); null without CSAT answers */
  csatAverage: number | null;
  csatSatisfied: number | null;
  /** NPS: % promoters (9-10) minus % detractors (0-6), from -100 to 100; null without NPS answers */
  nps: number | null;
  npsResponses: number;
};

export function stepScores(step: ReportedStep, responses: readonly SurveyResponse[]): StepScores {
  const ofStep = responses.filter((r) => r.step === step);
  const csat = ofStep.flatMap((r) => (r.csat === null ? [] : [r.csat]));
  const nps = ofStep.flatMap((r) => (r.nps === null ? [] : [r.nps]));
  const promoters = nps.filter((n) => n >= 9).length;
  const detractors = nps.filter((n) => n <= 6).length;
  return {
    step,
    responses: ofStep.length,
    csatAverage: csat.length ? csat.reduce((a, b) => a + b, 0) / csat.length : null,
    csatSatisfied: csat.length ? csat.filter((c) => c >= 4).length / csat.length : null,
    nps: nps.length ? Math.round(((promoters - detractors) / nps.length) * 100) : null,
    npsResponses: nps.length,
  };
}
