import { deployMigrations } from '../scripts/db/migrate-deploy';
import { openDatabase } from '../scripts/with-database';
import { createPrismaClient } from '../lib/prisma';
import { seedWorld } from './seed/seed-world';

/**
 * `npm run db:seed` reloads the demo world (demo accounts reset, other accounts kept).
 * `npm run db:seed -- --bench` seeds 100,000 stock vehicles for the search benchmark.
 */
const bench = process.argv.includes('--bench');
const database = await openDatabase();
try {
  await deployMigrations(database.url);
  const client = createPrismaClient(database.url);
  const summary = await seedWorld(client.db, { stockCount: bench ? 100_000 : 5000 });
  await client.close();
  console.log(`Seeded ${summary.dealerships} dealerships, ${summary.staff} staff, ${summary.demoCars} demo cars, ${summary.stock} stock vehicles, ${summary.users} accounts.`);
} finally {
  await database.close();
}
