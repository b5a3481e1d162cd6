import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, pool } from '@/lib/db';
import type { Actor } from './access';
import { bookDrive, cancelDrive, moveDrive } from './booking';
import { listSlots } from './availability';
import { finishDrive, checkInDrive, startDrive, markNoShow } from './lifecycle';
import { cancelDriveWithToken, moveDriveWithToken, readManageToken, readSurveyToken, submitSurvey } from './links';
import { runReminder } from './notify';
import { listBuyerDrives, listSurveyAnswers } from './queries';
import { createTestDealership, driver, reason, recordEffects } from './test-world';

const NOW = new Date('2026-12-01T08:00:00Z'); // Tuesday 09:00 in Paris
const THU_10H = new Date('2026-12-03T09:00:00Z'); // Thursday 10:00 in Paris
const guest: Actor = { userId: null, role: 'guest', dealershipId: null };
const advisor: Actor = { userId: 'usr_t_advisor', role: 'advisor', dealershipId: null, email: 'advisor@virage.example' };

const effects = recordEffects();

afterAll(async () => {
  await pool().end();
});

describe('booking a showroom drive', () => {
  let world: Awaited<ReturnType<typeof createTestDealership>>;
  beforeAll(async () => {
    world = await createTestDealership();
  });
  const input = (overrides: object = {}) => ({ dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom' as const, durationMinutes: 45, start: THU_10H, driver: driver(), ...overrides });

  it('books, e-mails a confirmation with a calendar file and schedules two reminders', async () => {
    const booked = await bookDrive(guest, input(), NOW);
    expect(booked.drive).toMatchObject({ status: 'scheduled', kind: 'showroom', channel: 'web', localDate: '2026-12-03', localTime: '10:00', car: { id: world.carIds[0] } });
    expect(booked.manageUrl).toMatch(/\/test-drive\/manage\//);
    const mail = effects.mails.at(-1);
    expect(mail?.subject).toContain('Essai confirmé');
    expect(mail?.attachments?.[0]?.content).toContain('BEGIN:VEVENT');
    expect(mail?.text).toContain(booked.manageUrl);
    const mine = effects.reminders.filter((r) => r.job.driveId === booked.drive.id);
    expect(mine.map((r) => r.startAfter.toISOString()).sort()).toEqual(['2026-12-02T09:00:00.000Z', '2026-12-03T07:00:00.000Z']);
    // The slot is gone from the list.
    const days = await listSlots({ dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', durationMinutes: 45, fromDate: '2026-12-03', toDate: '2026-12-03' }, NOW);
    expect(days[0]?.slots.map((s) => s.localTime)).not.toContain('10:00');
    expect(days[0]?.slots.map((s) => s.localTime)).toContain('11:30');
  });

  it('refuses the same slot to a second buyer, then an overlapping one, with SLOT_TAKEN', async () => {
    expect(await reason(bookDrive(guest, input(), NOW))).toBe('SLOT_TAKEN');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-03T09:30:00Z') }), NOW))).toBe('SLOT_TAKEN');
  });

  it('refuses bad input with a clear reason and books nothing', async () => {
    const before = await db.testDrive.count({ where: { dealershipId: world.dealershipId } });
    expect(await reason(bookDrive(guest, input({ start: new Date('2027-02-01T09:00:00Z') }), NOW))).toBe('OUTSIDE_HORIZON');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-01T08:30:00Z') }), NOW))).toBe('TOO_SOON');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-03T09:10:00Z') }), NOW))).toBe('OFF_GRID');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-25T10:00:00Z') }), NOW))).toBe('CLOSED');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-04T13:00:00Z'), driver: driver({ birthDate: '2010-01-01', licenceIssuedOn: '2026-01-01' }) }), NOW))).toBe('DRIVER_TOO_YOUNG');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-04T13:00:00Z'), driver: driver({ licenceIssuedOn: '2027-01-01' }) }), NOW))).toBe('LICENCE_DATE_INVALID');
    expect(await reason(bookDrive(guest, input({ start: new Date('2026-12-04T13:00:00Z'), kind: 'home', home: { street: '1 place Bellecour', postalCode: '75001', city: 'Paris' } }), NOW))).toBe('OUT_OF_RANGE');
    expect(await db.testDrive.count({ where: { dealershipId: world.dealershipId } })).toBe(before);
  });
});

describe('manage link, reminders, lifecycle and survey', () => {
  it('moves with the link (old link then says moved), cancels, and refuses a tampered token', async () => {
    const world = await createTestDealership();
    const booked = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver(), locale: 'en' }, NOW);
    const oldToken = booked.manageUrl.split('/').at(-1) ?? '';
    expect((await readManageToken(oldToken, NOW)).state).toBe('valid');
    expect(await reason(readManageToken(`${oldToken.slice(0, -1)}${oldToken.endsWith('A') ? 'B' : 'A'}`, NOW))).toBe('TOKEN_INVALID');

    const moved = await moveDriveWithToken(oldToken, new Date('2026-12-04T13:00:00Z'), NOW);
    expect(moved.drive).toMatchObject({ localDate: '2026-12-04', localTime: '14:00', rescheduledCount: 1 });
    expect(effects.mails.at(-1)?.subject).toContain('Test drive moved');
    expect((await readManageToken(oldToken, NOW)).state).toBe('moved');
    expect(await reason(cancelDriveWithToken(oldToken, NOW))).toBe('DRIVE_MOVED');
    // The reminder planned for the old time does nothing.
    expect(await runReminder({ driveId: booked.drive.id, hoursBefore: 24, start: THU_10H.toISOString() }, NOW)).toBe('skipped');
    expect(await runReminder({ driveId: booked.drive.id, hoursBefore: 24, start: moved.drive.start }, NOW)).toBe('sent');
    expect(await runReminder({ driveId: booked.drive.id, hoursBefore: 24, start: moved.drive.start }, NOW)).toBe('skipped');

    const newToken = moved.manageUrl.split('/').at(-1) ?? '';
    await cancelDriveWithToken(newToken, NOW);
    expect((await readManageToken(newToken, NOW)).state).toBe('cancelled');
    expect(await runReminder({ driveId: booked.drive.id, hoursBefore: 2, start: moved.drive.start }, NOW)).toBe('skipped');
    // The cancelled drive no longer blocks the slot.
    await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: new Date('2026-12-04T13:00:00Z'), driver: driver() }, NOW);
  });

  it('runs check-in → start → finish, sends the survey, and shows the answer to the dealership', async () => {
    const world = await createTestDealership();
    const dealer: Actor = { userId: 'usr_t_dealer', role: 'dealer_staff', dealershipId: world.dealershipId };
    const other: Actor = { userId: 'usr_t_other', role: 'dealer_manager', dealershipId: 'dlr_elsewhere' };
    const { drive } = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW);
    expect(await reason(checkInDrive(other, drive.id, { licenceSeen: true }, THU_10H))).toBe('DRIVE_NOT_FOUND');
    expect(await reason(checkInDrive(guest, drive.id, { licenceSeen: true }, THU_10H))).toBe('UNAUTHENTICATED');
    expect(await reason(startDrive(dealer, drive.id, {}, THU_10H))).toBe('INVALID_TRANSITION');
    await checkInDrive(dealer, drive.id, { licenceSeen: true }, THU_10H);
    await startDrive(dealer, drive.id, { startMileageKm: 1200 }, THU_10H);
    const done = await finishDrive(dealer, drive.id, { finishMileageKm: 1231, notes: 'Très intéressé' }, new Date('2026-12-03T09:45:00Z'));
    expect(done).toMatchObject({ status: 'completed', finishMileageKm: 1231 });
    const survey = effects.mails.at(-1);
    expect(survey?.kind).toBe('test-drive.survey');
    const token = /\/test-drive\/survey\/(\S+)/.exec(survey?.text ?? '')?.[1] ?? '';
    expect((await readSurveyToken(token)).state).toBe('open');
    expect(await reason(submitSurvey(token, { score: 11 }))).toBe('SCORE_INVALID');
    await submitSurvey(token, { score: 9, comment: 'Super accueil' });
    expect(await reason(submitSurvey(token, { score: 3 }))).toBe('SURVEY_ALREADY_ANSWERED');
    expect(await listSurveyAnswers(world.dealershipId)).toMatchObject([{ driveId: drive.id, score: 9, comment: 'Super accueil' }]);
    expect(await reason(markNoShow(dealer, drive.id, THU_10H))).toBe('INVALID_TRANSITION');
  });

  it('sends no survey to a driver whose address refused surveys (link in a survey e-mail, or their account)', async () => {
    const world = await createTestDealership();
    const dealer: Actor = { userId: 'usr_t_dealer', role: 'dealer_staff', dealershipId: world.dealershipId };
    const email = `refuses.${world.dealershipId}@example.org`;
    await db.surveyOptOut.create({ data: { email } });
    const { drive } = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver({ email: email.toUpperCase() }) }, NOW);
    await checkInDrive(dealer, drive.id, { licenceSeen: true }, THU_10H);
    await startDrive(dealer, drive.id, { startMileageKm: 1200 }, THU_10H);
    const mailsBefore = effects.mails.length;
    await finishDrive(dealer, drive.id, { finishMileageKm: 1231 }, new Date('2026-12-03T09:45:00Z'));
    expect(effects.mails.slice(mailsBefore).filter((m) => m.kind === 'test-drive.survey')).toEqual([]);
    expect(await db.testDrive.findUniqueOrThrow({ where: { id: drive.id }, select: { surveySentAt: true } })).toEqual({ surveySentAt: null });
  });
});

describe('lifecycle plausibility', () => {
  it('refuses a check-in days before the drive, and an implausible mileage unless confirmed with a reason', async () => {
    const world = await createTestDealership();
    const dealer: Actor = { userId: 'usr_t_dealer', role: 'dealer_staff', dealershipId: world.dealershipId };
    const { drive } = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW);
    // Tuesday for a Thursday drive, then 61 minutes before: too early; 60 minutes before: welcome.
    expect(await reason(checkInDrive(dealer, drive.id, { licenceSeen: true }, NOW))).toBe('TOO_EARLY_FOR_CHECK_IN');
    expect(await reason(checkInDrive(dealer, drive.id, { licenceSeen: true }, new Date(THU_10H.getTime() - 61 * 60_000)))).toBe('TOO_EARLY_FOR_CHECK_IN');
    await checkInDrive(dealer, drive.id, { licenceSeen: true }, new Date(THU_10H.getTime() - 60 * 60_000));
    await startDrive(dealer, drive.id, { startMileageKm: 12_000 }, THU_10H);
    const back = new Date(THU_10H.getTime() + 45 * 60_000);
    expect(await reason(finishDrive(dealer, drive.id, { finishMileageKm: 11_000 }, back))).toBe('MILEAGE_INVALID');
    expect(await reason(finishDrive(dealer, drive.id, { finishMileageKm: 95_000 }, back))).toBe('MILEAGE_IMPLAUSIBLE');
    expect(await reason(finishDrive(dealer, drive.id, { finishMileageKm: 95_000, mileageOverrideReason: '  ' }, back))).toBe('MILEAGE_IMPLAUSIBLE');
    const surveysBefore = effects.mails.filter((m) => m.kind === 'test-drive.survey').length;
    const done = await finishDrive(dealer, drive.id, { finishMileageKm: 95_000, mileageOverrideReason: 'Compteur remplacé', notes: 'RAS' }, back);
    expect(done).toMatchObject({ status: 'completed', finishMileageKm: 95_000 });
    expect(done.finishNotes).toContain('Compteur remplacé');
    // The survey goes out once, after the drive finished.
    expect(effects.mails.filter((m) => m.kind === 'test-drive.survey')).toHaveLength(surveysBefore + 1);
  });
});

describe('remote assistance: booking on behalf and authorization', () => {
  it('an advisor books for a buyer by phone; lookups are limited by role', async () => {
    const world = await createTestDealership({ cars: 2, specialists: 2 });
    const email = `buyer.${world.suffix}@example.org`;
    // The buyer's account with a verified address: a booking on their behalf joins it.
    const buyerUser = await db.user.create({ data: { id: `usr_t_buyer_${world.suffix}`, name: 'Buyer', email, emailVerified: true } });
    const booked = await bookDrive(advisor, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver({ email }), channel: 'phone' }, NOW);
    expect(booked.drive).toMatchObject({ channel: 'phone', bookedByUserId: advisor.userId });
    expect((await listBuyerDrives(advisor, { buyerEmail: email })).map((d) => d.id)).toEqual([booked.drive.id]);

    const ownDealer: Actor = { userId: 'u1', role: 'dealer_staff', dealershipId: world.dealershipId };
    const otherDealer: Actor = { userId: 'u2', role: 'dealer_staff', dealershipId: 'dlr_elsewhere' };
    expect(await listBuyerDrives(ownDealer, { buyerEmail: email })).toHaveLength(1);
    expect(await listBuyerDrives(otherDealer, { buyerEmail: email })).toHaveLength(0);
    expect(await reason(bookDrive(otherDealer, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW))).toBe('FORBIDDEN');
    expect(await reason(moveDrive(otherDealer, booked.drive.id, { start: THU_10H }, NOW))).toBe('DRIVE_NOT_FOUND');

    const buyer: Actor = { userId: buyerUser.id, role: 'customer', dealershipId: null, email };
    const stranger: Actor = { userId: 'usr_t_stranger', role: 'customer', dealershipId: null, email: 'someone@example.org' };
    expect((await listBuyerDrives(buyer, {})).map((d) => d.id)).toEqual([booked.drive.id]);
    expect(await reason(listBuyerDrives(stranger, { buyerEmail: email }))).toBe('FORBIDDEN');
    expect(await reason(cancelDrive(stranger, booked.drive.id, undefined, NOW))).toBe('DRIVE_NOT_FOUND');

    // Second car and specialist: the same slot can still be booked once more, then no more.
    await bookDrive(ownDealer, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver(), channel: 'showroom' }, NOW);
    expect(await reason(bookDrive(stranger, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW))).toBe('SLOT_TAKEN');
    // The buyer is told the time is already theirs (the advisor booked it for them).
    expect(await reason(bookDrive(buyer, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW))).toBe('BUYER_ALREADY_BOOKED');
    await cancelDrive(buyer, booked.drive.id, 'plans changed', NOW);
    expect(effects.mails.at(-1)?.kind).toBe('test-drive.cancelled');
  });

  it('a home drive inside the radius reserves travel time around the drive', async () => {
    const world = await createTestDealership();
    const { drive } = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'home', start: new Date('2026-12-03T13:00:00Z'), home: { street: '5 rue Paul Bert', postalCode: '69003', city: 'Lyon' }, driver: driver() }, NOW);
    expect(drive.home).toMatchObject({ city: 'Lyon', postalCode: '69003' });
    expect(drive.travelBeforeMinutes).toBeGreaterThan(0);
    expect(new Date(drive.occupiedStart).getTime()).toBeLessThan(new Date(drive.start).getTime());
  });
});

describe('the database itself refuses overlaps', () => {
  it('rejects a raw overlapping insert on the same car with SQLSTATE 23P01', async () => {
    const world = await createTestDealership({ specialists: 2 });
    const { drive } = await bookDrive(guest, { dealershipId: world.dealershipId, modelCode: 'horizon', kind: 'showroom', start: THU_10H, driver: driver() }, NOW);
    const row = await db.testDrive.findUniqueOrThrow({ where: { id: drive.id } });
    const clash = pool().query(
      `INSERT INTO test_drive (id, reference, kind, "dealershipId", "carId", "staffId", "modelCode", "durationMinutes", "startsAt", "endsAt", "occupiedStart", "occupiedEnd", "carReadyAt",
        "driverFirstName", "driverLastName", "driverEmail", "driverPhone", "licenceNumber", "licenceIssuedOn", "birthDate", "manageNonce", "updatedAt")
       SELECT 'td_clash_${world.suffix}', 'VXCLASH${world.suffix}', kind, "dealershipId", "carId", $1, "modelCode", "durationMinutes", "startsAt" + interval '50 minutes', "endsAt" + interval '50 minutes',
        "occupiedStart" + interval '50 minutes', "occupiedEnd" + interval '50 minutes', "carReadyAt" + interval '50 minutes',
        'A', 'B', 'a@b.c', '0600000000', 'X', "licenceIssuedOn", "birthDate", 'n', now() FROM test_drive WHERE id = $2`,
      [world.staffIds[1], row.id],
    );
    await expect(clash).rejects.toMatchObject({ code: '23P01' });
  });
});
