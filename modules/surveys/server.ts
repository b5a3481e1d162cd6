import 'server-only';
// Server entry of the surveys module: the sweep that sends the surveys after each key step, the
// signed link's answer and opt-out, the customer's preference, and the satisfaction report.
import { db, pool } from '@/lib/db';
import { env } from '@/lib/env';
import { answerSurvey, isOptedOut, optOutWithLink, readSurveyLink, setSurveyOptOut } from './server/answer';
import { surveyScores, surveyVerbatims, type SurveyFilter } from './server/report';

export { runSurveySweep, startSurveyWorkers } from './server/workers';
export type { SurveyLinkView } from './server/answer';
export type { SurveyFilter, Verbatim } from './server/report';

const secret = () => env().BETTER_AUTH_SECRET;

export const readSurvey = (token: string) => readSurveyLink(db, secret(), token);
export const submitSurveyAnswer = (token: string, raw: unknown) => answerSurvey(db, secret(), token, raw, new Date());
export const optOutFromLink = (token: string) => optOutWithLink(db, secret(), token, new Date());
/** The /account toggle; also read by the test drive's survey before it is sent. */
export const surveysRefused = (email: string) => isOptedOut(db, email);
export const setSurveysRefused = (email: string, refused: boolean) => setSurveyOptOut(db, email, refused, new Date());

/** The satisfaction part of a dashboard: scores per step and the newest comments. */
export async function satisfactionReport(filter: SurveyFilter) {
  const [scores, verbatims] = await Promise.all([surveyScores(pool(), filter), surveyVerbatims(pool(), filter)]);
  return { scores, verbatims };
}
