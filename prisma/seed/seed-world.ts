import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { catalogue } from '../../modules/catalog/data';
import { createPrismaClient } from '../../lib/prisma';
import { dealerships } from '../seed-data/dealerships';
import { demoAccounts, demoPassword, emailSlug, personName, remoteAdvisors, staffHours } from './people';
import { createRng } from './random';
import { generateStock } from './stock';

export type SeedOptions = { seed?: number; stockCount?: number; now?: Date };
export type SeedSummary = { dealerships: number; stock: number; users: number; staff: number; demoCars: number };

const batch = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Domain tables in foreign-key order (children first); accounts are kept unless they are demo ones. */
async function clearWorld(db: PrismaClient): Promise<void> {
  await db.testDrive.deleteMany();
  await db.demoCarMaintenance.deleteMany();
  await db.staffTimeOff.deleteMany();
  await db.savedConfiguration.deleteMany();
  await db.stockVehicle.deleteMany();
  await db.demoCar.deleteMany();
  await db.staff.deleteMany();
  await db.user.deleteMany({ where: { id: { in: [...demoAccounts, ...remoteAdvisors].map((a) => a.id) } } });
  await db.user.updateMany({ data: { dealershipId: null } });
  await db.dealership.deleteMany();
  await db.trim.deleteMany();
  await db.carModel.deleteMany();
}

/**
 * The demo world: catalogue, ~40 dealerships with staff and demo fleets, stock vehicles and one
 * account per role. Deterministic: the same seed and options give the same rows and ids.
 */
export async function seedWorld(db: PrismaClient, { seed = 2026, stockCount = 5000, now = new Date('2026-11-01T08:00:00Z') }: SeedOptions = {}): Promise<SeedSummary> {
  const rng = createRng(seed);
  await clearWorld(db);

  await db.carModel.createMany({ data: catalogue.models.map((m) => ({ code: m.code, name: m.name.fr, body: m.bodyStyle })) });
  await db.trim.createMany({
    data: catalogue.models.flatMap((m) => m.trims.map((t) => ({ modelCode: m.code, code: t.code, name: t.name.fr, energy: t.energy, basePriceCents: t.basePriceCents }))),
  });

  await db.dealership.createMany({
    data: dealerships.map((d) => ({
      id: `dlr_${d.code}`,
      code: d.code,
      name: d.name,
      street: d.street,
      postalCode: d.postalCode,
      city: d.city,
      lat: d.lat,
      lon: d.lon,
      phone: d.phone,
      email: d.email,
      timeZone: d.timeZone,
      openingHours: d.openingHours,
      closures: [...d.closures],
      homeDriveRadiusKm: d.homeDriveRadiusKm,
    })),
  });

  const staff = dealerships.flatMap((d) =>
    Array.from({ length: rng.int(4, 8) }, (_, i) => {
      const name = personName(rng);
      return {
        id: `stf_${d.code}_${i + 1}`,
        dealershipId: `dlr_${d.code}`,
        name,
        email: `${emailSlug(name)}.${i + 1}@${d.code}.virage.example`,
        role: i % 2 === 0 ? ('product_specialist' as const) : ('sales_advisor' as const),
        workingHours: staffHours(rng),
      };
    }),
  );
  await db.staff.createMany({ data: staff });

  // Every dealership shows each model; larger ones run two demo cars of some models.
  const demoCars = dealerships.flatMap((d, di) =>
    catalogue.models.flatMap((m, mi) => {
      const count = 1 + (rng.chance(0.4) ? 1 : 0);
      return Array.from({ length: count }, (_, k) => ({
        id: `demo_${d.code}_${m.code}_${k + 1}`,
        dealershipId: `dlr_${d.code}`,
        modelCode: m.code,
        trimCode: rng.pick(m.trims).code,
        plate: `GV-${String(di * 10 + mi).padStart(3, '0')}-${String.fromCharCode(65 + k)}${String.fromCharCode(65 + mi)}`,
        displayOnly: k === 1 && rng.chance(0.3),
      }));
    }),
  );
  await db.demoCar.createMany({ data: demoCars });

  const stock = generateStock(rng, dealerships.map((d) => `dlr_${d.code}`), stockCount, now);
  for (const chunk of batch(stock, 2000)) await db.stockVehicle.createMany({ data: chunk });

  const password = await hashPassword(demoPassword);
  const accounts = [...demoAccounts, ...remoteAdvisors];
  for (const account of accounts) {
    await db.user.create({
      data: {
        id: account.id,
        email: account.email,
        name: account.name,
        emailVerified: true,
        role: account.role,
        dealershipId: account.dealershipCode ? `dlr_${account.dealershipCode}` : null,
        accounts: { create: { id: `acc_${account.id}`, accountId: account.id, providerId: 'credential', password } },
      },
    });
  }
  return { dealerships: dealerships.length, stock: stock.length, users: accounts.length, staff: staff.length, demoCars: demoCars.length };
}

/** Seeds an empty database (no dealership yet); returns null when there was already data. */
export async function seedIfEmpty(url: string, options: SeedOptions = {}): Promise<SeedSummary | null> {
  const client = createPrismaClient(url);
  try {
    if ((await client.db.dealership.count()) > 0) return null;
    return await seedWorld(client.db, options);
  } finally {
    await client.close();
  }
}
