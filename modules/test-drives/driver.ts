import { z } from 'zod';

// Who may drive a demo car: an adult holding a valid category B licence. The licence date is
// checked for plausibility (not in the future, not before the minimum age to obtain it).

export const MIN_DRIVER_AGE = 18;
/** Accompanied driving lets a French driver pass the B licence at 17. */
export const MIN_LICENCE_AGE = 17;

export type DriverRefusalCode = 'DRIVER_TOO_YOUNG' | 'BIRTH_DATE_INVALID' | 'LICENCE_DATE_INVALID';

/** Every person's name the site accepts is bounded alike (it is shown in headers and e-mails). */
export const MAX_NAME_LENGTH = 100;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const ZLocalDate = z.string().regex(isoDate).refine((value) => {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}, 'Invalid date');

export const ZDriver = z.object({
  firstName: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  lastName: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  phone: z.string().trim().regex(/^\+?[0-9 .()-]{8,20}$/),
  licenceNumber: z.string().trim().regex(/^[A-Za-z0-9 -]{6,20}$/).transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  licenceIssuedOn: ZLocalDate,
  birthDate: ZLocalDate,
});
export type DriverInput = z.input<typeof ZDriver>;
export type Driver = z.output<typeof ZDriver>;

/** Whole years between two local dates ('YYYY-MM-DD'), birthday-exact. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy === undefined || fm === undefined || fd === undefined || ty === undefined || tm === undefined || td === undefined) return Number.NaN;
  const beforeBirthday = tm < fm || (tm === fm && td < fd);
  return ty - fy - (beforeBirthday ? 1 : 0);
}

/** `today` is the local date in the dealership's zone. */
export function checkDriver(driver: Pick<Driver, 'birthDate' | 'licenceIssuedOn'>, today: string): { ok: true } | { ok: false; code: DriverRefusalCode } {
  if (driver.birthDate > today || yearsBetween(driver.birthDate, today) > 110) return { ok: false, code: 'BIRTH_DATE_INVALID' };
  if (yearsBetween(driver.birthDate, today) < MIN_DRIVER_AGE) return { ok: false, code: 'DRIVER_TOO_YOUNG' };
  if (driver.licenceIssuedOn > today) return { ok: false, code: 'LICENCE_DATE_INVALID' };
  if (yearsBetween(driver.birthDate, driver.licenceIssuedOn) < MIN_LICENCE_AGE) return { ok: false, code: 'LICENCE_DATE_INVALID' };
  return { ok: true };
}
