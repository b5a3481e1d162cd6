import { z } from 'zod';
import type { FinancingChoice } from './snapshot';

/**
 * The paperwork of an order (pure rules): which documents the buyer uploads, which file types and
 * sizes are taken, and the IBAN check. Data access is in server/paperwork.ts.
 */
export const DOCUMENT_KINDS = ['identity', 'driving_licence', 'proof_of_address', 'payslip', 'bank_details'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = 'pending' | 'accepted' | 'rejected' | 'replaced';

/** Everyone: identity, licence, address. With credit, what the lender asks too (payslips, bank details). */
export function requiredDocuments(financing: FinancingChoice): DocumentKind[] {
  const base: DocumentKind[] = ['identity', 'driving_licence', 'proof_of_address'];
  return financing === 'credit' ? [...base, 'payslip', 'bank_details'] : base;
}

/** Types taken, as detected from the file's bytes (never its name or declared type). */
export const ACCEPTED_UPLOAD_TYPES = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
export type UploadType = keyof typeof ACCEPTED_UPLOAD_TYPES;
export const isAcceptedUploadType = (mime: string | undefined): mime is UploadType => mime !== undefined && Object.hasOwn(ACCEPTED_UPLOAD_TYPES, mime);

/** A phone photo or a scanned PDF fits; the request body adds a little multipart framing. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 16 * 1024;

/** Spaces dropped, upper case: the electronic format of ISO 13616. */
export const normaliseIban = (value: string) => value.replace(/[\s-]+/g, '').toUpperCase();

/**
 * ISO 13616 check: move the first four characters to the end, letters to numbers (A=10 … Z=35),
 * and the number modulo 97 must be 1. Computed piecewise so no big integer is needed.
 */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Only the last four characters are shown back (the rest is masked). */
export const maskIban = (iban: string) => `${iban.slice(0, 4)} •••• ${iban.slice(-4)}`;

export const ZUploadFields = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS),
    iban: z.string().trim().max(50).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'bank_details') return;
    if (!value.iban || !isValidIban(value.iban)) ctx.addIssue({ code: 'custom', path: ['iban'], message: 'iban' });
  });

export const ZReview = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept') }),
  z.strictObject({ decision: z.literal('reject'), reason: z.string().trim().min(3).max(300) }),
]);
export type TReview = z.infer<typeof ZReview>;

export const ZOrderDocument = z.strictObject({ id: z.string().min(1).max(64), documentId: z.string().min(1).max(64) });

export const ZSignatureCodeRequest = z.strictObject({ name: z.string().trim().min(2).max(160) });
export const ZSignatureConfirm = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'code'),
});
