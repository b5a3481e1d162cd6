import { describe, expect, it } from 'vitest';
import { checkDriver, yearsBetween, ZDriver } from './driver';

describe('driver rules', () => {
  it('counts whole years to the birthday', () => {
    expect(yearsBetween('2008-12-03', '2026-12-02')).toBe(17);
    expect(yearsBetween('2008-12-03', '2026-12-03')).toBe(18);
    expect(yearsBetween('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('accepts an adult with a plausible licence', () => {
    expect(checkDriver({ birthDate: '1990-03-15', licenceIssuedOn: '2010-06-01' }, '2026-12-01')).toEqual({ ok: true });
    expect(checkDriver({ birthDate: '2008-12-01', licenceIssuedOn: '2026-01-10' }, '2026-12-01')).toEqual({ ok: true });
  });

  it('refuses minors, future or impossible licence dates, and absurd birth dates', () => {
    expect(checkDriver({ birthDate: '2008-12-02', licenceIssuedOn: '2026-01-10' }, '2026-12-01')).toEqual({ ok: false, code: 'DRIVER_TOO_YOUNG' });
    expect(checkDriver({ birthDate: '1990-03-15', licenceIssuedOn: '2026-12-02' }, '2026-12-01')).toEqual({ ok: false, code: 'LICENCE_DATE_INVALID' });
    expect(checkDriver({ birthDate: '1990-03-15', licenceIssuedOn: '2005-01-01' }, '2026-12-01')).toEqual({ ok: false, code: 'LICENCE_DATE_INVALID' });
    expect(checkDriver({ birthDate: '2030-01-01', licenceIssuedOn: '2050-01-01' }, '2026-12-01')).toEqual({ ok: false, code: 'BIRTH_DATE_INVALID' });
    expect(checkDriver({ birthDate: '1900-01-01', licenceIssuedOn: '1920-01-01' }, '2026-12-01')).toEqual({ ok: false, code: 'BIRTH_DATE_INVALID' });
  });

  it('normalizes and validates the form fields', () => {
    const parsed = ZDriver.parse({ firstName: ' Léa ', lastName: 'Martin', email: 'Lea@Example.org', phone: '06 12 34 56 78', licenceNumber: '12ab-345 678', licenceIssuedOn: '2015-04-02', birthDate: '1995-02-03' });
    expect(parsed).toMatchObject({ firstName: 'Léa', email: 'lea@example.org', licenceNumber: '12AB345678' });
    expect(ZDriver.safeParse({ ...parsed, birthDate: '1995-02-30' }).success).toBe(false);
  });
});
