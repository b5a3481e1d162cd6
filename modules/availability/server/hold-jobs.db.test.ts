import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { boss } from '@/lib/jobs/boss';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { HOLD_DURATION_MINUTES } from '../holds';
import { scheduleHoldExpiry, startHoldWorkers } from './hold-jobs';
import { reserveVehicle } from './holds';
import { stockCarOf } from '@/test/stock-fixture';

const tag = randomBytes(4).toString('hex');

afterAll(async () => {
  await (await boss()).stop({ graceful: false, wait: true });
});

describe('hold expiry through the job engine', () => {
  it('releases a hold once its expiry job runs, with no page open', async () => {
    const configuration = defaultConfiguration(catalogue, 'etincelle');
    await db.user.create({ data: { id: `usr_${tag}`, name: 'Holder', email: `holder.${tag}@example.org` } });
    await db.dealership.create({
      data: { id: `dlr_${tag}`, code: `j${tag}`, name: `Virage Jobs ${tag}`, street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
    });
    await db.stockVehicle.create({
      data: {
        id: `stk_${tag}`,
        vin: `JOB${tag}`,
        dealershipId: `dlr_${tag}`,
        ...stockCarOf(configuration),
      },
    });
    // Reserved long enough ago that its expiry is already due when the worker picks the job up.
    const hold = await reserveVehicle(db, `stk_${tag}`, `usr_${tag}`, new Date(Date.now() - (HOLD_DURATION_MINUTES + 1) * 60_000));
    await startHoldWorkers();
    await scheduleHoldExpiry(hold);
    await expect
      .poll(async () => (await db.vehicleHold.findUniqueOrThrow({ where: { id: hold.id } })).status, { timeout: 30_000, interval: 250 })
      .toBe('expired');
  });
});
