import { z } from 'zod';

/** A calendar day that exists: 2027-13-01 and 2026-02-30 are refused (Date would roll the latter over to 2 March). */
const isRealDay = (value: string) => {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isRealDay);

/** Dashboard filters from the URL; a bad value falls back to the default rather than failing the page. */
export const ZAnalyticsQuery = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  model: z.string().regex(/^[a-z0-9-]{1,40}$/).optional().catch(undefined),
  dealership: z.string().max(40).optional().catch(undefined),
});

export type AnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

const DAY_MS = 86_400_000;
/** A dashboard never scans more than this (a year and a bit). */
export const MAX_PERIOD_DAYS = 400;

/** The period [from, to + 1 day) in UTC days; default the last 30 days. */
export function analyticsPeriod(query: AnalyticsQuery, now: Date): { from: Date; to: Date; fromDay: string; toDay: string } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let to = query.to ? new Date(`${query.to}T00:00:00Z`) : today;
  if (Number.isNaN(to.getTime())) to = today;
  let from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(to.getTime() - 29 * DAY_MS);
  if (Number.isNaN(from.getTime()) || from > to) from = new Date(to.getTime() - 29 * DAY_MS);
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) from = new Date(to.getTime() - MAX_PERIOD_DAYS * DAY_MS);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from, to: new Date(to.getTime() + DAY_MS), fromDay: iso(from), toDay: iso(to) };
}
