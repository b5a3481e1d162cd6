import { z } from 'zod';

/**
 * The buyer's profile, one schema for the form and the server. Bounds are the database's
 * (customer_profile VARCHAR sizes): a longer value is a 422 with the field named, never a 500.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const PROFILE_NAME_MAX = 100;

export const ZProfile = z.object({
  firstName: optionalText(PROFILE_NAME_MAX),
  lastName: optionalText(PROFILE_NAME_MAX),
  phone: z
    .string()
    .trim()
    .max(32)
    .refine((v) => v === '' || /^\+?[\d\s.()-]{6,20}$/.test(v), { message: 'PHONE_INVALID' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .max(10)
    .refine((v) => v === '' || /^\d{5}$/.test(v), { message: 'POSTAL_CODE_INVALID' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  city: optionalText(100),
  preferredDealershipId: z
    .string()
    .max(40)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  contactByEmail: z.boolean().default(false),
  contactByPhone: z.boolean().default(false),
  contactBySms: z.boolean().default(false),
});

export type ProfileInput = z.input<typeof ZProfile>;
export type Profile = z.output<typeof ZProfile>;

/** Phones are stored in one national form so the showroom can find them ("+33 6 12…" = "06 12…"). */
export function normalizeStoredPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+33') ? `0${digits.slice(3)}` : digits;
}

export const ZRename = z.object({ code: z.string().min(1).max(32), title: z.string().trim().min(1).max(PROFILE_NAME_MAX) });
