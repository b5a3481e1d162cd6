import { hashPassword } from 'better-auth/crypto';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { catalogue } from '../../modules/catalog/data';
import { createPrismaClient } from '../../lib/prisma';
import { dealerships } from '../seed-data/dealerships';
import { demoAccounts, demoPassword, emailSlug, personName, remoteAdvisors, staffHours } from './people';
import { createRng } from './random';
import { generateStock } from './stock';

export type SeedStep = 'catalogue' | 'dealerships' | 'staff' | 'demo-cars' | 'stock' | 'accounts';
export type SeedOptions = {
  seed?: number;
  stockCount?: number;
  now?: Date;
  /** Called after each step, inside the transaction (tests interrupt the seed here). */
  onStep?: (step: SeedStep) => void | Promise<void>;
};
export type SeedSummary = { dealerships: number; stock: number; users: number; staff: number; demoCars: number };

const batch = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

type Tx = Prisma.TransactionClient;

/** The marker row written with the last seeded row: the world is complete iff it exists. */
const SEED_MARKER = 'seed';

/**
 * The whole seed is one transaction (minutes at most, at first start, when nothing else runs; on
 * the embedded database it holds the single connection meanwhile, which is fine then).
 */
const SEED_TRANSACTION = { maxWait: 60_000, timeout: 30 * 60_000 } as const;

/** Domain tables in foreign-key order (children first); accounts are kept unless they are demo ones. */
async function clearWorld(db: Tx): Promise<void> {
  // Orders hold their stock car, dealership and buyer (Restrict): they go first, with their payments.
  await db.paymentEvent.deleteMany();
  await db.payment.deleteMany();
  await db.orderSignature.deleteMany();
  await db.orderSignatureChallenge.deleteMany();
  await db.orderDocument.deleteMany();
  await db.storedFile.deleteMany();
  await db.order.deleteMany();
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
 * All or nothing: one transaction, so a seed killed midway leaves the database as it was.
 */
export async function seedWorld(client: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  return client.$transaction(async (tx) => {
    const summary = await fillWorld(tx, options);
    await tx.appState.upsert({ where: { key: SEED_MARKER }, create: { key: SEED_MARKER, value: summary }, update: { value: summary } });
    return summary;
  }, SEED_TRANSACTION);
}

async function fillWorld(db: Tx, { seed = 2026, stockCount = 5000, now = new Date('2026-11-01T08:00:00Z'), onStep }: SeedOptions): Promise<SeedSummary> {
  const rng = createRng(seed);
  const step = async (name: SeedStep) => onStep?.(name);
  await clearWorld(db);

  await db.carModel.createMany({ data: catalogue.models.map((m) => ({ code: m.code, name: m.name.fr, body: m.bodyStyle })) });
  await db.trim.createMany({
    data: catalogue.models.flatMap((m) => m.trims.map((t) => ({ modelCode: m.code, code: t.code, name: t.name.fr, energy: t.energy, basePriceCents: t.basePriceCents }))),
  });
  await step('catalogue');

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
  await step('dealerships');

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
  await step('staff');

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
  await step('demo-cars');

  const stock = generateStock(rng, dealerships.map((d) => `dlr_${d.code}`), stockCount, now);
  for (const chunk of batch(stock, 2000)) await db.stockVehicle.createMany({ data: chunk });
  await step('stock');

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
  await step('accounts');
  return { dealerships: dealerships.length, stock: stock.length, users: accounts.length, staff: staff.length, demoCars: demoCars.length };
}

/**
 * Whether the demo world is complete: the marker, or (databases seeded before the marker existed)
 * every demo account, which the old seed wrote last. A world left half-seeded by an older version
 * killed midway has neither.
 */
async function isSeeded(db: PrismaClient): Promise<boolean> {
  if (await db.appState.findUnique({ where: { key: SEED_MARKER }, select: { key: true } })) return true;
  const accounts = [...demoAccounts, ...remoteAdvisors];
  const present = await db.user.count({ where: { id: { in: accounts.map((a) => a.id) } } });
  if (present < accounts.length || (await db.dealership.count()) === 0) return false;
  await db.appState.create({ data: { key: SEED_MARKER, value: { adopted: true } } });
  return true;
}

/** Seeds the demo world unless it is complete (see isSeeded); returns null when there was nothing to do. */
export async function seedIfEmpty(url: string, options: SeedOptions = {}): Promise<SeedSummary | null> {
  const client = createPrismaClient(url);
  try {
    if (await isSeeded(client.db)) return null;
    return await seedWorld(client.db, options);
  } finally {
    await client.close();
  }
}
