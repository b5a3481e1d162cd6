import { describe, expect, it } from 'vitest';
import { isAcceptedUploadType, isValidIban, maskIban, requiredDocuments, ZUploadFields } from './paperwork';

describe('IBAN (ISO 13616 mod-97)', () => {
  it('accepts well-formed IBANs, spaces and case aside', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('fr7630006000011234567890189')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
  });

  it('refuses a wrong check digit, a typo and garbage', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('FR67 3000 6000 0112 3456 7890 189')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('not an iban')).toBe(false);
    expect(isValidIban('')).toBe(false);
  });

  it('masks all but the country and last four characters', () => {
    expect(maskIban('FR7630006000011234567890189')).toBe('FR76 •••• 0189');
  });

  it('is required with bank details only', () => {
    expect(ZUploadFields.safeParse({ kind: 'bank_details' }).success).toBe(false);
    expect(ZUploadFields.safeParse({ kind: 'bank_details', iban: 'FR76 3000 6000 0112 3456 7890 188' }).success).toBe(false);
    expect(ZUploadFields.safeParse({ kind: 'bank_details', iban: 'FR76 3000 6000 0112 3456 7890 189' }).success).toBe(true);
    expect(ZUploadFields.safeParse({ kind: 'identity' }).success).toBe(true);
  });
});

describe('paperwork rules', () => {
  it('asks the lender’s documents only with credit', () => {
    expect(requiredDocuments('cash')).toEqual(['identity', 'driving_licence', 'proof_of_address']);
    expect(requiredDocuments('credit')).toEqual(['identity', 'driving_licence', 'proof_of_address', 'payslip', 'bank_details']);
  });

  it('takes PDF, JPEG and PNG only', () => {
    expect(['application/pdf', 'image/jpeg', 'image/png'].every(isAcceptedUploadType)).toBe(true);
    expect(isAcceptedUploadType('text/html')).toBe(false);
    expect(isAcceptedUploadType('application/x-msdownload')).toBe(false);
    expect(isAcceptedUploadType(undefined)).toBe(false);
  });
});
