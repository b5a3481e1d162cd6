import type { Prisma } from '@/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Puts an order's car back on sale (cancelled or withdrawn order): in transit if it has not arrived yet. */
export async function releaseVehicle(tx: Tx, vehicleId: string, now: Date): Promise<void> {
  const car = await tx.stockVehicle.findUnique({ where: { id: vehicleId }, select: { arrivesOn: true } });
  if (!car) return;
  const status = car.arrivesOn && car.arrivesOn.getTime() > now.getTime() ? 'in_transit' : 'in_stock';
  await tx.stockVehicle.update({ where: { id: vehicleId }, data: { status } });
}
