import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma';
import { catalogue } from '../../modules/catalog/data';
import { checkConfiguration } from '../../modules/catalog/check';
import { dealerships } from '../seed-data/dealerships';
import { demoAccounts, remoteAdvisors } from './people';
import { seedIfEmpty, seedWorld } from './seed-world';

async function fingerprint(db: ReturnType<typeof createPrismaClient>['db']): Promise<string> {
  const parts = await Promise.all([
    db.dealership.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
    db.staff.findMany({ orderBy: { id: 'asc' } }),
    db.demoCar.findMany({ orderBy: { id: 'asc' } }),
    db.stockVehicle.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, email: true, role: true, dealershipId: true } }),
  ]);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

describe('seed world', () => {
  it('is deterministic, valid and complete', async () => {
    const client = createPrismaClient(process.env.DATABASE_URL!);
    const db = client.db;
    try {
      const summary = await seedWorld(db, { stockCount: 300 });
      expect(summary.dealerships).toBeGreaterThanOrEqual(40);
      expect(summary.stock).toBe(300);
      const first = await fingerprint(db);
      await seedWorld(db, { stockCount: 300 });
      expect(await fingerprint(db)).toBe(first);

      // Every stock vehicle is a valid configuration of the catalogue.
      const stock = await db.stockVehicle.findMany();
      for (const v of stock) {
        const configuration = { model: v.modelCode, trim: v.trimCode, paint: v.paintCode, wheels: v.wheelsCode, interior: v.interiorCode, options: v.options, packs: v.packs };
        expect(checkConfiguration(catalogue, configuration)).toEqual([]);
      }
      expect(new Set(stock.map((v) => v.status))).toEqual(new Set(['in_stock', 'in_transit']));
      expect(stock.filter((v) => v.status === 'in_transit').every((v) => v.arrivesOn !== null)).toBe(true);

      // One demo account per role, dealer roles scoped to their dealership.
      const users = await db.user.findMany({ where: { id: { in: demoAccounts.map((a) => a.id) } } });
      expect(new Set(users.map((u) => u.role))).toEqual(new Set(['customer', 'advisor', 'dealer_staff', 'dealer_manager', 'admin']));
      expect(users.filter((u) => u.role.startsWith('dealer_')).every((u) => u.dealershipId === 'dlr_lyon-gerland')).toBe(true);
      expect(await db.demoCar.count({ where: { dealershipId: 'dlr_lyon-gerland' } })).toBeGreaterThanOrEqual(catalogue.models.length);
    } finally {
      await client.close();
    }
  });

  it('is all or nothing: a first start killed midway leaves nothing, and the next start completes the world', async () => {
    const url = process.env.DATABASE_URL!;
    const client = createPrismaClient(url);
    const db = client.db;
    try {
      await seedWorld(db, { stockCount: 300 });
      // Not seeded as far as a start can tell: no marker, no demo accounts (the test database is
      // shared, so it is not empty). The seed then dies after the stock, before the accounts —
      // where a killed `npm start` used to leave 43 dealerships, 2,000 cars and no accounts for good.
      await db.appState.deleteMany({ where: { key: 'seed' } });
      await db.user.deleteMany({ where: { id: { in: [...demoAccounts, ...remoteAdvisors].map((a) => a.id) } } });
      const before = await fingerprint(db);
      const killed = seedIfEmpty(url, { stockCount: 400, onStep: (step) => { if (step === 'stock') throw new Error('killed during the seed'); } });
      await expect(killed).rejects.toThrow('killed during the seed');
      expect(await fingerprint(db)).toBe(before);
      expect(await db.stockVehicle.count()).toBe(300);

      // The next start sees no marker and seeds the whole world.
      const summary = await seedIfEmpty(url, { stockCount: 400 });
      expect(summary).toMatchObject({ dealerships: dealerships.length, stock: 400 });
      expect(await db.dealership.count()).toBe(dealerships.length);
      expect(await db.stockVehicle.count()).toBe(400);
      const accounts = [...demoAccounts, ...remoteAdvisors];
      expect(await db.user.count({ where: { id: { in: accounts.map((a) => a.id) } } })).toBe(accounts.length);
      // And the one after does nothing.
      expect(await seedIfEmpty(url, { stockCount: 400 })).toBeNull();
    } finally {
      await client.close();
    }
  });

  it('repairs a world half-seeded by an older version (no marker, no accounts), and adopts a complete old one', async () => {
    const url = process.env.DATABASE_URL!;
    const client = createPrismaClient(url);
    const db = client.db;
    try {
      await seedWorld(db, { stockCount: 200 });
      const accounts = [...demoAccounts, ...remoteAdvisors].map((a) => a.id);
      // A complete world from before the marker: kept as it is.
      await db.appState.deleteMany({ where: { key: 'seed' } });
      expect(await seedIfEmpty(url, { stockCount: 250 })).toBeNull();
      expect(await db.stockVehicle.count()).toBe(200);
      // Half-seeded by the old, non-transactional seed: dealerships and stock, no accounts.
      await db.appState.deleteMany({ where: { key: 'seed' } });
      await db.user.deleteMany({ where: { id: { in: accounts } } });
      expect(await seedIfEmpty(url, { stockCount: 250 })).not.toBeNull();
      expect(await db.stockVehicle.count()).toBe(250);
      expect(await db.user.count({ where: { id: { in: accounts } } })).toBe(accounts.length);
    } finally {
      await client.close();
    }
  });
});
