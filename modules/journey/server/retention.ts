import type { Pool } from 'pg';

const DAY_MS = 86_400_000;

export type RetentionResult = { deleted: number; anonymised: number; summariesDeleted: number; surveysDeleted: number };

/**
 * The retention policy (JOURNEY_RETENTION_DAYS, run daily by journey.retention):
 * - journey events older than the period are deleted (the daily rollups keep their counts, which
 *   name nobody), and so are the customer summaries of customers not seen since;
 * - events still naming a customer who no longer exists (account deleted, idle guest removed) or
 *   whose account was closed (kept nameless for its orders) lose every link to a person: user,
 *   staff member and subject (an order reference or configuration code leads back to the person);
 * - survey invitations older than the period are deleted, answered or not.
 * Each statement is bounded, so a first run on a large table does not hold one long transaction.
 */
export async function applyRetention(pool: Pool, now: Date, retentionDays: number, batch = 50_000): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const result: RetentionResult = { deleted: 0, anonymised: 0, summariesDeleted: 0, surveysDeleted: 0 };
  for (;;) {
    const { rowCount } = await pool.query(`DELETE FROM journey_event WHERE id IN (SELECT id FROM journey_event WHERE "occurredAt" < $1 LIMIT $2)`, [cutoff, batch]);
    result.deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) break;
  }
  for (;;) {
    const { rowCount } = await pool.query(
      `UPDATE journey_event SET "userId" = NULL, "staffUserId" = NULL, "subjectRef" = NULL WHERE id IN (
         SELECT e.id FROM journey_event e LEFT JOIN "user" u ON u.id = e."userId"
         WHERE e."userId" IS NOT NULL AND (u.id IS NULL OR u.email LIKE '%@deleted.invalid') LIMIT $1)`,
      [batch],
    );
    result.anonymised += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) break;
  }
  const summaries = await pool.query(
    `DELETE FROM journey_customer_summary s WHERE s."lastAt" < $1 OR NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = s."userId" AND u.email NOT LIKE '%@deleted.invalid')`,
    [cutoff],
  );
  result.summariesDeleted = summaries.rowCount ?? 0;
  const surveys = await pool.query(`DELETE FROM survey_invitation WHERE "createdAt" < ($1::timestamptz AT TIME ZONE 'UTC')`, [cutoff.toISOString()]);
  result.surveysDeleted = surveys.rowCount ?? 0;
  return result;
}
