import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma';
import { catalogue } from '../../modules/catalog/data';
import { checkConfiguration } from '../../modules/catalog/check';
import { demoAccounts } from './people';
import { seedWorld } from './seed-world';

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
});
