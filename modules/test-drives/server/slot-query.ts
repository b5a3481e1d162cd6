import { z } from 'zod';
import { zLocalDate } from '../local-date-time';
import { DRIVE_KINDS } from '../types';

/**
 * Fields of a slot search (GET /slots query, POST /proposals body); dates must exist (2026-13-45 → 422).
 * No drive to leave out here: only the server, for the owner of a manage link, frees a drive's own
 * slot when rescheduling it; from a public query it would let anyone see taken slots as free.
 */
export const ZSlotQueryFields = z.object({
  dealershipId: z.string().min(1).max(64),
  model: z.string().min(1).max(64),
  trim: z.string().min(1).max(64).optional(),
  powertrain: z.string().min(1).max(32).optional(),
  kind: z.enum(DRIVE_KINDS).default('showroom'),
  duration: z.coerce.number().int().default(45),
  from: zLocalDate('Expected an existing date as YYYY-MM-DD.').optional(),
  to: zLocalDate('Expected an existing date as YYYY-MM-DD.').optional(),
  street: z.string().trim().min(1).max(200).optional(),
  postalCode: z.string().trim().regex(/^\d{5}$/).optional(),
  city: z.string().trim().max(100).optional(),
});

export function toSlotQuery(q: z.output<typeof ZSlotQueryFields>) {
  return {
    dealershipId: q.dealershipId,
    modelCode: q.model,
    trimCode: q.trim,
    powertrain: q.powertrain,
    kind: q.kind,
    durationMinutes: q.duration,
    fromDate: q.from,
    toDate: q.to,
    home: q.street && q.postalCode ? { street: q.street, postalCode: q.postalCode, city: q.city ?? '' } : undefined,
  };
}

export const ZSlotQuery = ZSlotQueryFields.transform(toSlotQuery);
