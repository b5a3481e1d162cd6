import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { holdsOf } from '@/modules/availability/server';
import { findSavedConfiguration, listGarage, quoteExact, saveQuote } from '@/modules/catalog/server';
import { customerTimeline, mayStaffSee, openCustomer, type StaffActor } from '@/modules/journey/server';
import { dealershipOrders } from '@/modules/orders/server';
import { listBuyerDrives, type Actor } from '@/modules/test-drives/server';

/**
 * The customer's file on the showroom tablet: who they are, their journey newest first across
 * channels, and what they configured, held, drove and ordered. Opening it checks the access rule
 * (journey/server/staff-access.ts) and logs the lookup before anything is read.
 */
export async function customerFile(staff: StaffActor, actor: Actor, customerId: string) {
  await openCustomer(staff, customerId);
  const [user, profile, timeline, garage, holds, drives, orders] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: customerId }, select: { id: true, name: true, email: true } }),
    db.customerProfile.findUnique({ where: { userId: customerId }, select: { firstName: true, lastName: true, phone: true, city: true } }),
    customerTimeline(customerId, 50),
    listGarage(customerId),
    holdsOf(customerId),
    listBuyerDrives(actor, { buyerUserId: customerId }),
    dealershipOrders(staff.dealershipId),
  ]);
  const theirOrders = await db.order.findMany({ where: { buyerId: customerId, dealershipId: staff.dealershipId }, select: { id: true } });
  const ids = new Set(theirOrders.map((o) => o.id));
  return { user, profile, timeline, garage, holds, drives, orders: orders.filter((o) => ids.has(o.id)) };
}

export type CustomerFile = Awaited<ReturnType<typeof customerFile>>;

/**
 * Continue with the customer: the configuration the staff member saved on the tablet (its code) is
 * copied into the customer's garage, recorded as done by that staff member on the showroom channel.
 */
export async function saveToCustomerGarage(staff: StaffActor, customerId: string, code: string): Promise<{ code: string }> {
  if (!(await mayStaffSee(staff, customerId))) {
    throw new AppError('FORBIDDEN', 'This customer has not interacted with your dealership nor consented.', { reason: 'CUSTOMER_NOT_CONSENTED' });
  }
  const saved = await findSavedConfiguration(code);
  if (!saved) throw new AppError('NOT_FOUND', 'No such configuration.', { reason: 'CONFIGURATION_NOT_FOUND' });
  const copy = await saveQuote(customerId, quoteExact(saved.quote.configuration), saved.title ?? undefined, { channel: 'showroom', staffUserId: staff.userId, dealershipId: staff.dealershipId });
  return { code: copy.code };
}
