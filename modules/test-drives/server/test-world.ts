import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMail, type OutgoingMail } from '@/lib/mail/outbox';
import { testDriveEffects, type ReminderJob } from './notify';

// A small dealership built for DB tests and the benchmark: unique ids, Paris time, open
// Monday-Saturday 09:00-19:00, one demo car per listed model, staff working the same hours.

const OPEN = [['09:00', '19:00']];
export const OPENING_HOURS = { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: [] };

export type TestWorld = { dealershipId: string; carIds: string[]; staffIds: string[]; suffix: string };

export async function createTestDealership(opts: { cars?: number; specialists?: number; advisors?: number; lat?: number; lon?: number; radiusKm?: number } = {}): Promise<TestWorld> {
  const suffix = randomBytes(5).toString('hex');
  const dealershipId = `dlr_t_${suffix}`;
  await db.dealership.create({
    data: {
      id: dealershipId,
      code: `t-${suffix}`,
      name: `Virage Test ${suffix}`,
      street: '10 rue de la République',
      postalCode: '69002',
      city: 'Lyon',
      lat: opts.lat ?? 45.7597,
      lon: opts.lon ?? 4.8422,
      phone: '04 65 71 00 00',
      email: `t-${suffix}@virage.example`,
      openingHours: OPENING_HOURS,
      closures: ['2026-12-25'],
      homeDriveRadiusKm: opts.radiusKm ?? 30,
      prepBufferMinutes: 15,
      minNoticeMinutes: 120,
      horizonDays: 30,
      slotStepMinutes: 30,
    },
  });
  const carIds = Array.from({ length: opts.cars ?? 1 }, (_, i) => `demo_t_${suffix}_${i}`);
  await db.demoCar.createMany({ data: carIds.map((id, i) => ({ id, dealershipId, modelCode: 'horizon', trimCode: 'horizon-ev-evolution', plate: `TT-${suffix}-${i}` })) });
  const roles = [
    ...Array.from({ length: opts.specialists ?? 1 }, () => 'product_specialist' as const),
    ...Array.from({ length: opts.advisors ?? 0 }, () => 'sales_advisor' as const),
  ];
  const staffIds = roles.map((_, i) => `stf_t_${suffix}_${i}`);
  await db.staff.createMany({
    data: roles.map((role, i) => ({ id: staffIds[i] ?? '', dealershipId, name: `Staff ${i}`, email: `staff${i}.${suffix}@virage.example`, role, workingHours: OPENING_HOURS })),
  });
  return { dealershipId, carIds, staffIds, suffix };
}

export function driver(overrides: Partial<{ email: string; birthDate: string; licenceIssuedOn: string }> = {}) {
  return {
    firstName: 'Camille',
    lastName: 'Durand',
    email: overrides.email ?? `camille.${randomBytes(4).toString('hex')}@example.org`,
    phone: '06 12 34 56 78',
    licenceNumber: '12AB34567890',
    licenceIssuedOn: overrides.licenceIssuedOn ?? '2010-06-01',
    birthDate: overrides.birthDate ?? '1990-03-15',
  };
}

/**
 * Records mails and reminder jobs instead of going through the job engine. Mails are still
 * written to the outbox in the caller's transaction (that is part of what is tested); only the
 * delivery request and the reminder jobs are left out.
 */
export function recordEffects() {
  const mails: OutgoingMail[] = [];
  const delivered: string[] = [];
  const reminders: Array<{ job: ReminderJob; startAfter: Date }> = [];
  testDriveEffects.writeMail = async (client, mail) => {
    const id = await enqueueMail(mail, { tx: client });
    mails.push(mail);
    return id;
  };
  testDriveEffects.deliverMail = (id) => {
    delivered.push(id);
    return Promise.resolve();
  };
  testDriveEffects.scheduleReminder = (job, startAfter) => {
    reminders.push({ job, startAfter });
    return Promise.resolve();
  };
  return { mails, delivered, reminders };
}

/** What a service call ends with: 'OK', or the reason of the AppError it refused with (anything else is rethrown). */
export async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.reason;
    throw error;
  }
  return 'OK';
}
