import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { placeHold } from '@/modules/availability/server';
import { mayStaffSee, type StaffActor } from '@/modules/journey/server';
import { prepareAssistedCheckout, type CheckoutSource } from '@/modules/orders/server';

// Acting for the customer from their file on the tablet: the buyer's own server functions (the
// hold of modules/availability, the booking of modules/test-drives), with the staff member and
// the showroom channel recorded on the journey event (and on the drive's booking channel).

async function assertMaySee(staff: StaffActor, customerId: string): Promise<void> {
  const customer = await db.user.findUnique({ where: { id: customerId }, select: { role: true } });
  if (!customer || customer.role !== 'customer' || !(await mayStaffSee(staff, customerId))) {
    throw new AppError('FORBIDDEN', 'This customer has not interacted with your dealership nor consented.', { reason: 'CUSTOMER_NOT_CONSENTED' });
  }
}

/** Holds one of the dealership's stock cars for the customer (same rules and expiry as the buyer's own hold). */
export async function holdForCustomer(staff: StaffActor, customerId: string, vehicleId: string): Promise<{ holdId: string; expiresAt: Date }> {
  await assertMaySee(staff, customerId);
  const vehicle = await db.stockVehicle.findUnique({ where: { id: vehicleId }, select: { dealershipId: true } });
  // Another dealership's car reads like an unknown one.
  if (!vehicle || vehicle.dealershipId !== staff.dealershipId) throw new AppError('NOT_FOUND', 'No such vehicle.', { reason: 'VEHICLE_NOT_FOUND' });
  const hold = await placeHold(vehicleId, customerId, { channel: 'showroom', staffUserId: staff.userId });
  return { holdId: hold.id, expiresAt: hold.expiresAt };
}

/** The dealership's stock cars a salesperson can hold right now. */
export async function holdableCars(dealershipId: string) {
  return db.stockVehicle.findMany({ where: { dealershipId, status: 'in_stock', holds: { none: { status: 'active', expiresAt: { gt: new Date() } } } }, select: { id: true, vin: true, modelCode: true, trimCode: true }, orderBy: { createdAt: 'asc' }, take: 100 });
}

/** The driver's details known for the customer, to pre-fill the tablet's booking form (access checked first). */
export async function driverPrefill(staff: StaffActor, customerId: string) {
  await assertMaySee(staff, customerId);
  const user = await db.user.findUniqueOrThrow({ where: { id: customerId }, select: { email: true, name: true, profile: { select: { firstName: true, lastName: true, phone: true } } } });
  const [first, ...rest] = user.name.split(' ');
  return { customerId, email: user.email, firstName: user.profile?.firstName ?? first ?? '', lastName: user.profile?.lastName ?? rest.join(' '), phone: user.profile?.phone ?? '' };
}

/**
 * Starts the order for the customer: one of their saved configurations (factory order) or a car
 * they hold at this dealership. The orders module checks it can be ordered for them and signs the
 * checkout link they open on their own device (QR on the tablet) to accept and place it; the order
 * is then recorded as started by this staff member, channel showroom.
 */
export async function startOrderForCustomer(staff: StaffActor, customerId: string, source: CheckoutSource): Promise<{ path: string; expiresAt: Date }> {
  await assertMaySee(staff, customerId);
  if (source.kind === 'factory') {
    const saved = await db.savedConfiguration.findUnique({ where: { code: source.savedCode }, select: { ownerId: true } });
    // Only a configuration in the customer's own garage (save one back to it first).
    if (!saved || saved.ownerId !== customerId) throw new AppError('NOT_FOUND', 'No such configuration in the customer\'s garage.', { reason: 'CONFIGURATION_NOT_FOUND' });
  }
  return prepareAssistedCheckout({ userId: staff.userId, dealershipId: staff.dealershipId }, customerId, source);
}
