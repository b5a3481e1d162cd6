// Inputs of the back-office forms, validated on the server. Messages are keys translated under
// `dealer.validation` (see form-state.ts), so each field error reads in the user's language.
import { z } from 'zod';
import { ZDriver } from '../driver';
import { parseStrictLocalDateTime, zLocalDate, zLocalDateTime } from '../local-date-time';
import { ZWeekText } from './hours';

const id = z.string().trim().min(1, 'required').max(64, 'invalid');
/** A `datetime-local` value that exists in the calendar, read in the dealership's zone by the caller. */
export const ZLocalDateTime = zLocalDateTime('dateTime');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .optional()
    .transform((v) => (v ? v : undefined));
const intIn = (min: number, max: number) =>
  z.coerce.number({ error: 'number' }).int('integer').min(min, 'range').max(max, 'range');

export const ZBlockInput = z
  .object({ start: ZLocalDateTime, end: ZLocalDateTime, reason: optionalText(200) })
  .refine((v) => !parseStrictLocalDateTime(v.start) || !parseStrictLocalDateTime(v.end) || v.end > v.start, { path: ['end'], message: 'endBeforeStart' });

export const ZMaintenanceInput = ZBlockInput.and(z.object({ carId: id }));
export type TMaintenanceInput = z.infer<typeof ZMaintenanceInput>;

export const ZTimeOffInput = ZBlockInput.and(z.object({ staffId: id }));
export type TTimeOffInput = z.infer<typeof ZTimeOffInput>;

export const ZStaffHoursInput = z.object({ staffId: id, hours: ZWeekText });
export type TStaffHoursInput = z.infer<typeof ZStaffHoursInput>;

export const ZClosures = z
  .string()
  .max(4000, 'tooLong')
  .default('')
  .transform((text, ctx) => {
    const dates = text.split(/[\s,;]+/).filter(Boolean);
    for (const d of dates) if (!zLocalDate().safeParse(d).success) ctx.addIssue({ code: 'custom', message: 'closures' });
    return [...new Set(dates)].sort();
  });

export const ZSettingsInput = z.object({
  openingHours: ZWeekText,
  closures: ZClosures,
  homeDriveRadiusKm: intIn(0, 200),
  prepBufferMinutes: intIn(0, 240),
  minNoticeMinutes: intIn(0, 10_080),
  horizonDays: intIn(1, 365),
  slotStepMinutes: z.coerce.number({ error: 'number' }).refine((n) => [10, 15, 20, 30, 60].includes(n), 'slotStep'),
});
export type TSettingsInput = z.infer<typeof ZSettingsInput>;

export const ZDriveId = z.object({ driveId: id });

export const ZCheckInInput = z.object({
  driveId: id,
  licenceSeen: z.literal('on', { error: 'licenceSeen' }),
});

const optionalMileage = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), intIn(0, 1_000_000).optional());

export const ZStartInput = z.object({ driveId: id, startMileageKm: optionalMileage });

/** An implausible distance is accepted only when staff tick the confirmation and say why. */
export const ZFinishInput = z
  .object({
    driveId: id,
    finishMileageKm: intIn(0, 1_000_000),
    notes: optionalText(2000),
    mileageConfirmed: z.literal('on').optional(),
    mileageOverrideReason: optionalText(300),
  })
  .refine((v) => v.mileageConfirmed !== 'on' || v.mileageOverrideReason !== undefined, { path: ['mileageOverrideReason'], message: 'overrideReason' });

export const ZCancelInput = z.object({ driveId: id, reason: optionalText(300) });

export const ZMoveInput = z.object({ driveId: id, start: ZLocalDateTime });

/** A drive booked by the dealership (phone or showroom), on a slot the form listed. */
export const ZCreateDriveInput = z
  .object({
    modelCode: id,
    kind: z.enum(['showroom', 'home'], { error: 'invalid' }),
    durationMinutes: z.coerce.number().refine((n) => n === 30 || n === 45 || n === 60, 'duration'),
    start: z.iso.datetime({ error: 'slot' }),
    channel: z.enum(['phone', 'showroom'], { error: 'channel' }),
    locale: z.enum(['fr', 'en']).default('fr'),
    note: optionalText(1000),
    driver: ZDriver,
    home: z
      .object({ street: z.string().trim().max(200, 'tooLong').default(''), postalCode: z.string().trim().default(''), city: z.string().trim().max(100, 'tooLong').default('') })
      .default({ street: '', postalCode: '', city: '' }),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'home') return;
    if (!v.home.street) ctx.addIssue({ code: 'custom', path: ['home', 'street'], message: 'required' });
    if (!/^\d{5}$/.test(v.home.postalCode)) ctx.addIssue({ code: 'custom', path: ['home', 'postalCode'], message: 'postalCode' });
  });
export type TCreateDriveInput = z.infer<typeof ZCreateDriveInput>;

const searchText = (max: number) => z.string().trim().max(max).default('');

/** Step 1 of "new drive": the GET parameters that list the free slots of one day. */
export const ZSlotSearch = z.object({
  model: z.string().trim().max(64).optional().transform((v) => (v ? v : undefined)),
  date: zLocalDate(),
  duration: z.coerce.number().refine((n) => n === 30 || n === 45 || n === 60).default(45),
  kind: z.enum(['showroom', 'home']).default('showroom'),
  street: searchText(200),
  postalCode: searchText(5),
  city: searchText(100),
});
