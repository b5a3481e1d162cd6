import 'server-only';
import type { Pool } from 'pg';
import type { ReportedStep } from '../questions';
import type { StepScores } from '../scores';

export type SurveyFilter = { dealershipId?: string | null; modelCode?: string | null; from: Date; to: Date };

/**
 * Every answer of the period in one shape: our step surveys, the test drive's survey (its 0-10
 * score is an NPS question) and the chat's CSAT asked at close (with the dealership and model
 * recorded with the rating: see modules/chat ratingScope). Dates: the columns are UTC timestamps without zone.
 */
const ANSWERS = `WITH answers AS (
  SELECT step::text AS step, csat, nps, comment, "dealershipId", "modelCode", "answeredAt" AS at FROM survey_invitation WHERE "answeredAt" IS NOT NULL
  UNION ALL
  SELECT 'test_drive', NULL, s.score, s.comment, d."dealershipId", d."modelCode", s."answeredAt" FROM test_drive_survey s JOIN test_drive d ON d.id = s."driveId"
  UNION ALL
  SELECT 'chat', c."csatScore", NULL, c."csatComment", c."csatDealershipId", c."csatModelCode", c."closedAt" FROM chat_conversation c WHERE c."csatScore" IS NOT NULL AND c."closedAt" IS NOT NULL
)`;

function where(filter: SurveyFilter): { sql: string; values: unknown[] } {
  const values: unknown[] = [filter.from.toISOString(), filter.to.toISOString()];
  let sql = `at >= ($1::timestamptz AT TIME ZONE 'UTC') AND at < ($2::timestamptz AT TIME ZONE 'UTC')`;
  if (filter.dealershipId) {
    values.push(filter.dealershipId);
    sql += ` AND "dealershipId" = $${values.length}`;
  }
  if (filter.modelCode) {
    values.push(filter.modelCode);
    sql += ` AND "modelCode" = $${values.length}`;
  }
  return { sql, values };
}

type ScoreRow = { step: ReportedStep; responses: number; csat_avg: number | null; csat_n: number; satisfied: number; nps_n: number; promoters: number; detractors: number };

export async function surveyScores(pool: Pool, filter: SurveyFilter): Promise<StepScores[]> {
  const w = where(filter);
  const { rows } = await pool.query<ScoreRow>(
    `${ANSWERS} SELECT step, count(*)::int AS responses, avg(csat)::float8 AS csat_avg, count(csat)::int AS csat_n,
       (count(*) FILTER (WHERE csat >= 4))::int AS satisfied, count(nps)::int AS nps_n,
       (count(*) FILTER (WHERE nps >= 9))::int AS promoters, (count(*) FILTER (WHERE nps <= 6))::int AS detractors
     FROM answers WHERE ${w.sql} GROUP BY step`,
    w.values,
  );
  return rows.map((r) => ({
    step: r.step,
    responses: r.responses,
    csatAverage: r.csat_n ? r.csat_avg : null,
    csatSatisfied: r.csat_n ? r.satisfied / r.csat_n : null,
    nps: r.nps_n ? Math.round(((r.promoters - r.detractors) / r.nps_n) * 100) : null,
    npsResponses: r.nps_n,
  }));
}

export type Verbatim = { step: ReportedStep; csat: number | null; nps: number | null; comment: string; dealershipId: string | null; modelCode: string | null; at: Date };

/** The newest comments of the period (the customers' own words, next to the scores). */
export async function surveyVerbatims(pool: Pool, filter: SurveyFilter, limit = 20): Promise<Verbatim[]> {
  const w = where(filter);
  const { rows } = await pool.query<Verbatim>(
    `${ANSWERS} SELECT step, csat, nps, comment, "dealershipId", "modelCode", (at AT TIME ZONE 'UTC') AS at FROM answers WHERE comment IS NOT NULL AND comment <> '' AND ${w.sql} ORDER BY at DESC LIMIT ${Math.min(100, Math.max(1, Math.floor(limit)))}`,
    w.values,
  );
  return rows;
}
