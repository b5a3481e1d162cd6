import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import {
  addCarMaintenance,
  addStaffTimeOff,
  bookDrive,
  cancelDrive,
  checkInDrive,
  finishDrive,
  getDriveForActor,
  listSurveyAnswers,
  markNoShow,
  moveDrive,
  startDrive,
  type Actor,
} from '@/modules/test-drives/server';
import { createTestDealership, driver, recordEffects, type TestWorld } from '@/modules/test-drives/server/test-world';
import { loadCalendar } from './calendar-data';
import { listFleet, setDemoCarActive } from './fleet';
import { getDealershipSettings, updateDealershipSettings } from './settings';
import { listStaff, updateStaffHours } from './staff';

// A dealer user of Lyon must not read or act on another dealership's drives, cars or staff by
// typing their ids: every back-office path is checked here with a foreign id.

const NOW = new Date('2026-12-01T08:00:00Z'); // Tuesday 09:00 Paris
const THU_10H = new Date('2026-12-03T09:00:00Z'); // Thursday 10:00 Paris

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'OK';
}

const effects = recordEffects();
let mine: TestWorld;
let other: TestWorld;
let staffOfMine: Actor;
let staffOfOther: Actor;
let foreignDriveId: string;

beforeAll(async () => {
  mine = await createTestDealership();
  other = await createTestDealership();
  staffOfMine = { userId: `usr_t_${mine.suffix}`, role: 'dealer_staff', dealershipId: mine.dealershipId, email: `v.${mine.suffix}@virage.example` };
  staffOfOther = { userId: `usr_t_${other.suffix}`, role: 'dealer_staff', dealershipId: other.dealershipId, email: `v.${other.suffix}@virage.example` };
  const booked = await bookDrive(staffOfOther, { dealershipId: other.dealershipId, modelCode: 'horizon', kind: 'showroom', durationMinutes: 45, start: THU_10H, driver: driver(), channel: 'phone' }, NOW);
  foreignDriveId = booked.drive.id;
});

afterAll(async () => {
  await pool().end();
});

describe('a dealer user and another dealership', () => {
  it('cannot book into it', async () => {
    const input = { dealershipId: other.dealershipId, modelCode: 'horizon', kind: 'showroom' as const, durationMinutes: 45, start: new Date('2026-12-03T13:00:00Z'), driver: driver(), channel: 'phone' as const };
    expect(await failure(bookDrive(staffOfMine, input, NOW))).toBe('FORBIDDEN');
  });

  it('cannot read its drives', async () => {
    // The same answer as for an id that does not exist: nothing tells that the drive is there.
    expect(await failure(getDriveForActor(staffOfMine, foreignDriveId))).toBe('NOT_FOUND');
    expect(await failure(getDriveForActor(staffOfMine, 'drv_no_such_drive'))).toBe('NOT_FOUND');
    const settings = await getDealershipSettings(mine.dealershipId);
    for (const by of ['car', 'staff'] as const) {
      const calendar = await loadCalendar(mine.dealershipId, settings, { date: '2026-12-03', view: 'week', by }, 'fr');
      expect(calendar.drives).toEqual([]);
      expect(calendar.rows.map((r) => r.id)).toEqual(by === 'car' ? mine.carIds : mine.staffIds);
    }
  });

  it('cannot run, move or cancel its drives (told they do not exist)', async () => {
    expect(await failure(checkInDrive(staffOfMine, foreignDriveId, { licenceSeen: true }, NOW))).toBe('NOT_FOUND');
    expect(await failure(startDrive(staffOfMine, foreignDriveId, {}, NOW))).toBe('NOT_FOUND');
    expect(await failure(finishDrive(staffOfMine, foreignDriveId, { finishMileageKm: 10 }, NOW))).toBe('NOT_FOUND');
    expect(await failure(markNoShow(staffOfMine, foreignDriveId, new Date('2026-12-03T10:00:00Z')))).toBe('NOT_FOUND');
    expect(await failure(moveDrive(staffOfMine, foreignDriveId, { start: new Date('2026-12-03T13:00:00Z') }, NOW))).toBe('NOT_FOUND');
    expect(await failure(cancelDrive(staffOfMine, foreignDriveId, 'not mine', NOW))).toBe('NOT_FOUND');
    const untouched = await db.testDrive.findUniqueOrThrow({ where: { id: foreignDriveId }, select: { status: true, startsAt: true } });
    expect(untouched).toEqual({ status: 'scheduled', startsAt: THU_10H });
  });

  it('cannot block or change its cars and staff', async () => {
    const carId = other.carIds[0] ?? '';
    const staffId = other.staffIds[0] ?? '';
    const block = { start: new Date('2026-12-04T08:00:00Z'), end: new Date('2026-12-04T10:00:00Z') };
    expect(await failure(addCarMaintenance(staffOfMine, { carId, ...block }))).not.toBe('OK');
    expect(await failure(addStaffTimeOff(staffOfMine, { staffId, ...block }))).not.toBe('OK');
    expect(await failure(setDemoCarActive(mine.dealershipId, carId, false))).toBe('NOT_FOUND');
    const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(await failure(updateStaffHours(mine.dealershipId, staffId, week))).toBe('NOT_FOUND');
    expect(await db.demoCar.findUniqueOrThrow({ where: { id: carId }, select: { active: true } })).toEqual({ active: true });
    expect(await db.demoCarMaintenance.count({ where: { carId } })).toBe(0);
    expect(await db.staffTimeOff.count({ where: { staffId } })).toBe(0);
    expect((await listFleet(mine.dealershipId, NOW)).map((c) => c.id)).toEqual(mine.carIds);
    expect((await listStaff(mine.dealershipId, NOW)).map((s) => s.id)).toEqual(mine.staffIds);
  });
});

describe('a dealer user in their own dealership', () => {
  it('sees the drive in the calendar and runs it from check-in to the survey e-mail', async () => {
    const settings = await getDealershipSettings(other.dealershipId);
    const day = await loadCalendar(other.dealershipId, settings, { date: '2026-12-03', view: 'day', by: 'car' }, 'fr');
    expect(day.drives.map((d) => d.id)).toEqual([foreignDriveId]);
    expect(day.drives[0]?.car.id).toBe(other.carIds[0]);

    const during = new Date('2026-12-03T09:05:00Z');
    await checkInDrive(staffOfOther, foreignDriveId, { licenceSeen: true }, during);
    await startDrive(staffOfOther, foreignDriveId, { startMileageKm: 1200 }, during);
    const done = await finishDrive(staffOfOther, foreignDriveId, { finishMileageKm: 1234, notes: 'Client ravi, rappeler pour une offre.' }, new Date('2026-12-03T09:50:00Z'));
    expect(done).toMatchObject({ status: 'completed', finishMileageKm: 1234, finishNotes: 'Client ravi, rappeler pour une offre.' });
    expect(effects.mails.some((m) => m.to === done.driver.email && /test-drive\/survey\//.test(m.text))).toBe(true);
    expect(await listSurveyAnswers(mine.dealershipId)).toEqual([]);
  });

  it('keeps maintenance and time off in the calendar rows', async () => {
    const carId = mine.carIds[0] ?? '';
    const staffId = mine.staffIds[0] ?? '';
    const block = { start: new Date('2026-12-04T08:00:00Z'), end: new Date('2026-12-04T10:00:00Z'), reason: 'Révision' };
    await addCarMaintenance(staffOfMine, { carId, ...block });
    const manager: Actor = { ...staffOfMine, role: 'dealer_manager' };
    await addStaffTimeOff(manager, { staffId, ...block });
    const settings = await getDealershipSettings(mine.dealershipId);
    const byCar = await loadCalendar(mine.dealershipId, settings, { date: '2026-12-04', view: 'day', by: 'car' }, 'fr');
    expect(byCar.blocks).toMatchObject([{ rowId: carId, start: block.start, end: block.end, reason: 'Révision' }]);
    const byStaff = await loadCalendar(mine.dealershipId, settings, { date: '2026-12-04', view: 'day', by: 'staff' }, 'fr');
    expect(byStaff.blocks).toMatchObject([{ rowId: staffId }]);
    expect((await listFleet(mine.dealershipId, NOW))[0]?.maintenance).toHaveLength(1);
  });

  it('saves the settings and staff hours of their own dealership', async () => {
    const open = [['10:00', '18:00']] as [string, string][];
    const week = { mon: open, tue: open, wed: open, thu: open, fri: open, sat: [], sun: [] };
    await updateDealershipSettings(mine.dealershipId, { openingHours: week, closures: ['2026-12-24'], homeDriveRadiusKm: 25, prepBufferMinutes: 20, minNoticeMinutes: 60, horizonDays: 45, slotStepMinutes: 15 });
    expect(await getDealershipSettings(mine.dealershipId)).toMatchObject({ openingHours: week, closures: ['2026-12-24'], homeDriveRadiusKm: 25, prepBufferMinutes: 20, slotStepMinutes: 15 });
    await updateStaffHours(mine.dealershipId, mine.staffIds[0] ?? '', week);
    expect((await listStaff(mine.dealershipId, NOW))[0]?.workingHours).toEqual(week);
  });
});
