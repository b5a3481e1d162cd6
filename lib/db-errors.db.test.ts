import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, pool } from '@/lib/db';
import { classifyDbError, violatedConstraint, type DbFailure } from '@/lib/db-errors';
import { toAppError } from '@/lib/errors';
import { createTestDealership, type TestWorld } from '@/modules/test-drives/server/test-world';

// Real failures from the database, through Prisma and the pg driver adapter, on PGlite and on
// PostgreSQL: the classifier must read each one, and the pipeline must answer the right status.
vi.mock('@/lib/session', () => ({ getViewer: async () => null }));
const { errorResponse } = await import('@/lib/http/route');

let world: TestWorld;
beforeAll(async () => {
  world = await createTestDealership({ cars: 1, specialists: 1 });
});
afterAll(async () => {
  await pool().end();
});

async function failureOf(operation: Promise<unknown>): Promise<unknown> {
  try {
    await operation;
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse');
}

function drive(start: Date, reference: string) {
  const end = new Date(start.getTime() + 45 * 60_000);
  return {
    reference,
    kind: 'showroom' as const,
    dealershipId: world.dealershipId,
    carId: world.carIds[0] ?? '',
    staffId: world.staffIds[0] ?? '',
    modelCode: 'horizon',
    durationMinutes: 45,
    startsAt: start,
    endsAt: end,
    occupiedStart: start,
    occupiedEnd: end,
    carReadyAt: new Date(end.getTime() + 15 * 60_000),
    driverFirstName: 'Camille',
    driverLastName: 'Durand',
    driverEmail: 'camille@example.org',
    driverPhone: '0612345678',
    licenceNumber: '12AB34567890',
    licenceIssuedOn: new Date('2010-06-01'),
    birthDate: new Date('1990-03-15'),
    manageNonce: 'n',
  };
}

async function expectClassified(error: unknown, kind: DbFailure, status: number) {
  expect(classifyDbError(error)).toBe(kind);
  expect(toAppError(error).status).toBe(status);
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const response = errorResponse('db-errors.test', error);
  expect(response.status).toBe(status);
  expect(log).not.toHaveBeenCalled();
  log.mockRestore();
}

describe('classifyDbError on real database failures', () => {
  it('unique violation (23505 / P2002) → 409', async () => {
    const plate = `TT-${world.suffix}-0`;
    const error = await failureOf(db.demoCar.create({ data: { id: `dup_${world.suffix}`, dealershipId: world.dealershipId, modelCode: 'horizon', trimCode: 'horizon-ev-evolution', plate } }));
    await expectClassified(error, 'unique', 409);
  });

  it('exclusion violation (23P01, overlapping drives of one car) → 409', async () => {
    const start = new Date('2030-01-08T09:00:00Z');
    await db.testDrive.create({ data: drive(start, `R1${world.suffix}`) });
    const error = await failureOf(db.testDrive.create({ data: drive(new Date(start.getTime() + 15 * 60_000), `R2${world.suffix}`) }));
    await expectClassified(error, 'exclusion', 409);
    expect(violatedConstraint(error)).toBe('test_drive_car_no_overlap');
  });

  it('names the constraint a raw write broke, so a caller can tell its rules apart', async () => {
    const start = new Date('2030-01-09T09:00:00Z');
    await db.testDrive.create({ data: drive(start, `R3${world.suffix}`) });
    const row = drive(new Date(start.getTime() + 15 * 60_000), `R4${world.suffix}`);
    const error = await failureOf(
      db.$executeRaw`INSERT INTO test_drive (id, reference, kind, "dealershipId", "carId", "staffId", "modelCode", "durationMinutes", "startsAt", "endsAt",
        "occupiedStart", "occupiedEnd", "carReadyAt", "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate", "manageNonce", "updatedAt")
        VALUES (${`raw_${world.suffix}`}, ${row.reference}, 'showroom', ${row.dealershipId}, ${row.carId}, ${row.staffId}, 'horizon', 45, ${row.startsAt}, ${row.endsAt},
        ${row.occupiedStart}, ${row.occupiedEnd}, ${row.carReadyAt}, 'Camille', 'Durand', 'c@example.org', '0612345678', '12AB34567890', '2010-06-01'::date, '1990-03-15'::date, 'n', now())`,
    );
    expect(classifyDbError(error)).toBe('exclusion');
    expect(violatedConstraint(error)).toBe('test_drive_car_no_overlap');
    expect(violatedConstraint(new Error('boom'))).toBeUndefined();
  });

  it('foreign-key violation (23503 / P2003) → 409', async () => {
    const error = await failureOf(db.demoCar.create({ data: { id: `fk_${world.suffix}`, dealershipId: 'dlr_does_not_exist', modelCode: 'horizon', trimCode: 'x', plate: `FK-${world.suffix}` } }));
    await expectClassified(error, 'foreign-key', 409);
  });

  it('a NUL byte in a text value (22021) → 400', async () => {
    const error = await failureOf(db.testDrive.findUnique({ where: { id: 'drv\u0000x' } }));
    await expectClassified(error, 'bad-text', 400);
  });

  it('an impossible date (22008) → 400', async () => {
    const error = await failureOf(db.$queryRaw`SELECT ${'2026-13-45'}::date AS d`);
    await expectClassified(error, 'bad-text', 400);
  });

  it('an update of a missing row (P2025) → 404', async () => {
    const error = await failureOf(db.testDrive.update({ where: { id: 'drv_missing' }, data: { buyerNote: 'x' } }));
    await expectClassified(error, 'not-found', 404);
  });

  it('anything else stays INTERNAL (500, logged)', async () => {
    const error = await failureOf(db.$queryRaw`SELECT 1 / 0 AS boom`);
    expect(classifyDbError(error)).toBe('other');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(errorResponse('db-errors.test', error).status).toBe(500);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
