import type { PrismaClient } from '@/generated/prisma/client';
import type { Configuration } from '@/modules/catalog';
import { matchScore } from '../matching';

/** A stock car the financing page can lead to, instead of a factory order of the same car. */
export type StockCarForFinancing = { id: string; vin: string; dealershipName: string };

const select = {
  id: true,
  vin: true,
  status: true,
  modelCode: true,
  trimCode: true,
  paintCode: true,
  wheelsCode: true,
  interiorCode: true,
  options: true,
  packs: true,
  dealership: { select: { name: true } },
  holds: { where: { status: 'active' as const }, select: { holderId: true, expiresAt: true } },
} as const;

/**
 * The stock car /financing offers to order: the one the buyer came from (`vehicleId`), else one they
 * hold now that is this same car. Only a car still orderable (in stock or in transit, not held by someone else) and
 * exactly the configuration being financed, so the financing carried to its checkout is for this car.
 */
export async function stockCarForFinancing(
  db: PrismaClient,
  configuration: Configuration,
  who: { vehicleId: string | null; holderId: string | null },
  now: Date,
): Promise<StockCarForFinancing | null> {
  const named = who.vehicleId ? await db.stockVehicle.findMany({ where: { id: who.vehicleId }, select }) : [];
  const held = who.holderId
    ? await db.stockVehicle.findMany({ where: { holds: { some: { holderId: who.holderId, status: 'active', expiresAt: { gt: now } } } }, select, orderBy: { id: 'asc' } })
    : [];
  const candidates = [...named, ...held];
  const wanted = { model: configuration.model, trim: configuration.trim, paint: configuration.paint, wheels: configuration.wheels, interior: configuration.interior, options: configuration.options, packs: configuration.packs };
  const car = candidates.find(
    (c) =>
      (c.status === 'in_stock' || c.status === 'in_transit') &&
      !c.holds.some((h) => h.expiresAt > now && h.holderId !== who.holderId) &&
      c.modelCode === configuration.model &&
      matchScore(wanted, { model: c.modelCode, trim: c.trimCode, paint: c.paintCode, wheels: c.wheelsCode, interior: c.interiorCode, options: c.options, packs: c.packs }) === 0,
  );
  return car ? { id: car.id, vin: car.vin, dealershipName: car.dealership.name } : null;
}
