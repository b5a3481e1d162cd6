import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type FleetCar = {
  id: string;
  modelCode: string;
  modelName: string;
  trimCode: string;
  plate: string;
  displayOnly: boolean;
  active: boolean;
  maintenance: { id: string; startsAt: Date; endsAt: Date; reason: string | null }[];
};

/** Demo cars of the dealership with their current and future workshop blocks. */
export async function listFleet(dealershipId: string, now: Date): Promise<FleetCar[]> {
  const [cars, models] = await Promise.all([
    db.demoCar.findMany({
      where: { dealershipId },
      orderBy: [{ modelCode: 'asc' }, { plate: 'asc' }],
      select: {
        id: true, modelCode: true, trimCode: true, plate: true, displayOnly: true, active: true,
        maintenance: { where: { endsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
      },
    }),
    db.carModel.findMany({ select: { code: true, name: true } }),
  ]);
  const names = new Map(models.map((m) => [m.code, m.name]));
  return cars.map((c) => ({ ...c, modelName: names.get(c.modelCode) ?? c.modelCode }));
}

/** Takes a car out of the bookable fleet (or back); drives already booked are kept. */
export async function setDemoCarActive(dealershipId: string, carId: string, active: boolean): Promise<void> {
  const { count } = await db.demoCar.updateMany({ where: { id: carId, dealershipId }, data: { active } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such demo car in this dealership.');
}
