import { describe, expect, it } from 'vitest';
import { formObject } from './form-state';
import { ZBlockInput, ZCheckInInput, ZCreateDriveInput, ZMaintenanceInput, ZMoveInput, ZSettingsInput, ZSlotSearch, ZStartInput, ZTimeOffInput } from './schemas';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('form data', () => {
  it('nests dotted names and skips React action fields', () => {
    const data = new FormData();
    data.set('$ACTION_ID_abc', '');
    data.set('kind', 'showroom');
    data.set('driver.firstName', 'Léa');
    data.set('driver.lastName', 'Garnier');
    expect(formObject(data)).toEqual({ kind: 'showroom', driver: { firstName: 'Léa', lastName: 'Garnier' } });
  });
});

describe('back-office inputs', () => {
  it('wants the licence ticked at check-in', () => {
    expect(issues(ZCheckInInput.safeParse({ driveId: 'd1' }))).toEqual([['licenceSeen', 'licenceSeen']]);
    expect(ZCheckInInput.safeParse({ driveId: 'd1', licenceSeen: 'on' }).success).toBe(true);
  });

  it('takes an empty start mileage as none, refuses a negative one', () => {
    expect(ZStartInput.parse({ driveId: 'd1', startMileageKm: '' })).toEqual({ driveId: 'd1', startMileageKm: undefined });
    expect(ZStartInput.parse({ driveId: 'd1', startMileageKm: '1200' }).startMileageKm).toBe(1200);
    expect(issues(ZStartInput.safeParse({ driveId: 'd1', startMileageKm: '-3' }))).toEqual([['startMileageKm', 'range']]);
  });

  it('wants a block to end after it starts', () => {
    expect(issues(ZBlockInput.safeParse({ start: '2026-12-04T10:00', end: '2026-12-04T08:00' }))).toEqual([['end', 'endBeforeStart']]);
    expect(issues(ZBlockInput.safeParse({ start: '4/12/2026', end: '2026-12-04T08:00' }))).toEqual([['start', 'dateTime']]);
  });

  it('refuses impossible dates in the time-off, maintenance and move forms instead of rolling them over', () => {
    const block = { start: '2027-13-01T10:00', end: '2027-13-01T12:00', reason: 'x' };
    expect(issues(ZTimeOffInput.safeParse({ ...block, staffId: 's1' }))).toEqual([['start', 'dateTime'], ['end', 'dateTime']]);
    expect(issues(ZMaintenanceInput.safeParse({ ...block, carId: 'c1' }))).toEqual([['start', 'dateTime'], ['end', 'dateTime']]);
    expect(issues(ZMoveInput.safeParse({ driveId: 'd1', start: '2026-02-30T09:00' }))).toEqual([['start', 'dateTime']]);
    expect(ZMoveInput.parse({ driveId: 'd1', start: '2027-12-01T10:00' }).start).toBe('2027-12-01T10:00');
    expect(issues(ZSlotSearch.safeParse({ date: '2026-13-45' }))).toEqual([['date', 'date']]);
  });

  it('asks for an address only for a home drive', () => {
    const base = {
      modelCode: 'horizon', kind: 'showroom', durationMinutes: '45', start: '2026-12-03T09:00:00.000Z', channel: 'phone',
      driver: { firstName: 'Léa', lastName: 'Garnier', email: 'Lea@Example.org', phone: '06 12 34 56 78', licenceNumber: '12AB34567890', licenceIssuedOn: '2012-05-10', birthDate: '1991-02-20' },
    };
    const showroom = ZCreateDriveInput.parse(base);
    expect(showroom).toMatchObject({ durationMinutes: 45, locale: 'fr', driver: { email: 'lea@example.org' } });
    expect(issues(ZCreateDriveInput.safeParse({ ...base, kind: 'home' }))).toEqual([['home.street', 'required'], ['home.postalCode', 'postalCode']]);
    expect(issues(ZCreateDriveInput.safeParse({ ...base, channel: 'web', durationMinutes: '50' }))).toEqual([['durationMinutes', 'duration'], ['channel', 'channel']]);
  });

  it('reads the settings form', () => {
    const form = { openingHours: { mon: '09:00-19:00' }, closures: '2026-12-25\n2026-12-24, 2026-12-25', homeDriveRadiusKm: '30', prepBufferMinutes: '15', minNoticeMinutes: '120', horizonDays: '60', slotStepMinutes: '30' };
    expect(ZSettingsInput.parse(form)).toMatchObject({ closures: ['2026-12-24', '2026-12-25'], homeDriveRadiusKm: 30, openingHours: { mon: [['09:00', '19:00']], sun: [] } });
    expect(issues(ZSettingsInput.safeParse({ ...form, closures: '25/12/2026', homeDriveRadiusKm: '900', slotStepMinutes: '7' }))).toEqual([
      ['closures', 'closures'],
      ['homeDriveRadiusKm', 'range'],
      ['slotStepMinutes', 'slotStep'],
    ]);
  });
});
