import { z } from 'zod';
import { parisDay } from '@/lib/calendar/paris-day';

/** Steps after which Virage asks its own survey (the test drive and the chat have theirs, reported beside). */
export const SURVEY_STEPS = ['order', 'handover', 'showroom_visit'] as const;
export type SurveyStep = (typeof SURVEY_STEPS)[number];

/** Every step in the satisfaction report, ours and the ones asked elsewhere. */
export const REPORTED_STEPS = ['order', 'handover', 'showroom_visit', 'test_drive', 'chat'] as const;
export type ReportedStep = (typeof REPORTED_STEPS)[number];

/**
 * What each step asks. CSAT (1-5: "how satisfied with this step") fits every step; NPS (0-10:
 * "would you recommend Virage") only where the customer has a view of the whole relationship:
 * after ordering and after receiving the car, not after a showroom visit.
 */
export const QUESTIONS: Record<SurveyStep, { csat: true; nps: boolean }> = {
  order: { csat: true, nps: true },
  handover: { csat: true, nps: true },
  showroom_visit: { csat: true, nps: false },
};

const score = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The answer as the form sends it; NPS required only where the step asks it. */
export function answerSchema(step: SurveyStep) {
  return z.object({
    csat: score(1, 5),
    nps: QUESTIONS[step].nps ? score(0, 10) : z.undefined().optional().catch(undefined),
    comment: z
      .string()
      .max(2000)
      .optional()
      .transform((c) => c?.trim() || null),
  });
}
export type SurveyAnswer = { csat: number; nps?: number | undefined; comment: string | null };

/** Showroom visits are surveyed once per customer, dealership and day (Europe/Paris). */
export function showroomVisitSubject(dealershipId: string, at: Date): string {
  return `${dealershipId.slice(0, 50)}:${parisDay(at)}`;
}
