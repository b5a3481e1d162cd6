import 'server-only';
// Server entry of the journey module: recording touchpoints (through the job queue), the
// customer timeline, and the showroom tablet's access rules, consents and lookup log.
import { db, pool } from '@/lib/db';
import { crossChannelPaths, funnelCounts, cohortMeasures, type AnalyticsFilter } from './server/analytics';
import { acceptConsent, consentOutcome, lookupByConfigurationCode, lookupByContact, openCustomerFile, requestConsent, revokeConsent, type ContactQuery, type StaffActor } from './server/staff-access';
import { staffMaySee } from './server/staff-access';
import { timelineOf } from './server/timeline';

export { recordJourneyEvents, trackJourney } from './server/record';
export { startJourneyWorkers } from './server/workers';
export { CONSENT_CODE_MINUTES, CONSENT_VALID_DAYS, normalizePhone, staffActor, type CodeLookup, type ContactQuery, type StaffActor } from './server/staff-access';
export type { TimelineEntry } from './server/timeline';
export type { JourneyChannel, JourneyStep, Touchpoint } from './events';

export const mayStaffSee = (staff: StaffActor, customerId: string) => staffMaySee(db, staff, customerId, new Date());
export const customerTimeline = (userId: string, take?: number) => timelineOf(db, userId, take);
export const findByConfigurationCode = (staff: StaffActor, code: string) => lookupByConfigurationCode(db, staff, code, new Date());
export const findByContact = (staff: StaffActor, query: ContactQuery) => lookupByContact(db, staff, query, new Date());
export const openCustomer = (staff: StaffActor, customerId: string) => openCustomerFile(db, staff, customerId, new Date());
export const askConsent = (staff: StaffActor) => requestConsent(db, staff, new Date());
export const consentAnswer = (staff: StaffActor, requestId: string) => consentOutcome(db, staff, requestId);
export const grantConsent = (customerId: string, code: string) => acceptConsent(db, customerId, code, new Date());
export const withdrawConsent = (customerId: string, consentId: string) => revokeConsent(db, customerId, consentId, new Date());

/** The customer's active and past consents, for their account page. */
export async function consentsOf(customerId: string) {
  return db.showroomConsent.findMany({
    where: { customerId },
    orderBy: { grantedAt: 'desc' },
    select: { id: true, dealershipId: true, scope: true, grantedAt: true, validUntil: true, revokedAt: true, requestedByUserId: true },
  });
}

export type { AnalyticsFilter, CohortMeasures, StepTimes } from './server/analytics';
export { analyticsWhere, DRIVE_TO_ORDER_SQL, FUNNEL_SQL, PATHS_SQL } from './server/analytics';
export { rollupDays, rollupUntilToday } from './server/rollup';
export { applyRetention } from './server/retention';

/** Everything a dashboard shows, for one filter (three queries, run side by side: rollups and raw events of today for the events, customer summaries for the cohort). */
export async function dashboardData(filter: AnalyticsFilter) {
  const [counts, paths, times] = await Promise.all([funnelCounts(pool(), filter), crossChannelPaths(pool(), filter), cohortMeasures(pool(), filter)]);
  return { counts, paths, drives: { drivers: times.drivers, ordered: times.ordered }, times };
}
/** What the CSV export holds: the period's events per step and channel, and the cohort's customers per step. */
export async function funnelExport(filter: AnalyticsFilter) {
  const [counts, measures] = await Promise.all([funnelCounts(pool(), filter), cohortMeasures(pool(), filter)]);
  return { counts, cohort: measures.cohort };
}
