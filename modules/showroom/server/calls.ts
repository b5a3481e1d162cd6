import 'server-only';
import { db } from '@/lib/db';
import { classifyDbError } from '@/lib/db-errors';
import { AppError } from '@/lib/errors';
import type { StaffActor } from '@/modules/journey/server';
import { trackJourney } from '@/modules/journey/server';

/** What a kiosk may attach: a configurator path of this site, shown as a link on the tablet (never another scheme or host). */
export const KIOSK_CONFIGURATION_PATH = /^\/configure\/[a-z0-9-]{1,40}(\?[\w=&%.,+-]{0,1900})?$/;

/** A kiosk screen's own id (a random UUID it holds in memory); anything else is ignored. */
const KIOSK_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * "Call a salesperson" from a kiosk: a row the dealership's tablet lists until someone takes it.
 * A kiosk has one open call at most (salesperson_call_one_open_per_kiosk): a double tap, or a
 * second tap while the salesperson is on the way, returns the call already raised.
 */
export async function raiseCall(dealershipCode: string, configuration: string | null, kioskId: string | null = null): Promise<{ id: string; alreadyOpen: boolean }> {
  const dealership = await db.dealership.findUnique({ where: { code: dealershipCode }, select: { id: true } });
  if (!dealership) throw new AppError('NOT_FOUND', 'Unknown dealership.', { reason: 'KIOSK_DEALERSHIP_UNKNOWN' });
  const kiosk = kioskId && KIOSK_ID.test(kioskId) ? kioskId : null;
  const open = () => (kiosk ? db.salespersonCall.findFirst({ where: { dealershipId: dealership.id, kioskId: kiosk, handledAt: null }, select: { id: true } }) : null);
  const already = await open();
  if (already) return { id: already.id, alreadyOpen: true };
  try {
    const row = await db.salespersonCall.create({ data: { dealershipId: dealership.id, kioskId: kiosk, configuration: configuration && KIOSK_CONFIGURATION_PATH.test(configuration) ? configuration : null }, select: { id: true } });
    trackJourney({ channel: 'kiosk', step: 'callback', dealershipId: dealership.id, subjectRef: row.id });
    return { id: row.id, alreadyOpen: false };
  } catch (error) {
    // The same kiosk's other tap committed first.
    const raced = classifyDbError(error) === 'unique' ? await open() : null;
    if (raced) return { id: raced.id, alreadyOpen: true };
    throw error;
  }
}

export async function openCalls(dealershipId: string) {
  return db.salespersonCall.findMany({ where: { dealershipId, handledAt: null }, orderBy: { createdAt: 'asc' }, take: 20, select: { id: true, createdAt: true, configuration: true } });
}

/** Taken by a staff member of the same dealership (another dealership's call is "not found"). */
export async function takeCall(staff: StaffActor, id: string): Promise<void> {
  const { count } = await db.salespersonCall.updateMany({ where: { id, dealershipId: staff.dealershipId, handledAt: null }, data: { handledAt: new Date(), handledByUserId: staff.userId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such open call.');
}

/**
 * A kiosk configuration taken away: an anonymous touchpoint (no visitor id: the kiosk is a shared
 * device and keeps no identity), counted for the dealership's funnel on the kiosk channel.
 */
export async function recordKioskConfigure(dealershipCode: string | null, modelCode: string): Promise<void> {
  const dealership = dealershipCode ? await db.dealership.findUnique({ where: { code: dealershipCode.slice(0, 40) }, select: { id: true } }) : null;
  trackJourney({ channel: 'kiosk', step: 'configure', dealershipId: dealership?.id ?? null, modelCode });
}

export async function kioskDealership(code: string) {
  return db.dealership.findUnique({ where: { code: code.slice(0, 40) }, select: { id: true, code: true, name: true } });
}
