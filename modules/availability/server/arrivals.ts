import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { ensureQueue } from '@/lib/jobs/boss';
import { parisDay } from '@/lib/calendar/paris-day';
import { STOCK_ARRIVALS_CRON } from '../arrival';

/**
 * Books in the stock whose transit date has passed: it is at the dealership now. Keeps the stock's
 * transit dates true as time passes (the seed's dates are relative to the day it ran).
 * Dates are the network's (Paris) calendar days, not UTC ones: between midnight in Paris and
 * midnight UTC, yesterday's car would otherwise stay "imminent". A car due today stays
 * "imminent" until tomorrow.
 */
export async function receiveArrivedStock(client: PrismaClient, now: Date): Promise<number> {
  const today = new Date(`${parisDay(now)}T00:00:00Z`);
  const { count } = await client.stockVehicle.updateMany({ where: { status: 'in_transit', arrivesOn: { lt: today } }, data: { status: 'in_stock' } });
  return count;
}

export async function startStockArrivalWorker(): Promise<void> {
  const boss = await ensureQueue('stock.arrivals');
  await boss.schedule('stock.arrivals', STOCK_ARRIVALS_CRON, {}, { tz: 'Europe/Paris' });
  await boss.work('stock.arrivals', async () => {
    await receiveArrivedStock(db, new Date());
  });
  // An instance started after a few idle days catches up at once rather than at the next midnight.
  await receiveArrivedStock(db, new Date());
}
