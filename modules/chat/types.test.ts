import { describe, expect, it } from 'vitest';
import { ZAttachmentName, ZFinancingOfferInput } from './types';

describe('attachment names', () => {
  it('keep the file name only, without control characters, bounded', () => {
    expect(ZAttachmentName.parse('C:\\Users\\léa\\carte grise.png')).toBe('carte grise.png');
    expect(ZAttachmentName.parse('../../etc/passwd')).toBe('passwd');
    expect(ZAttachmentName.parse('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(ZAttachmentName.parse('/')).toBe('file');
    expect(ZAttachmentName.safeParse('x'.repeat(121)).success).toBe(false);
  });
});

describe('financing offer input', () => {
  it('takes a product id, a deposit in cents and a duration; nothing else (no price from the client)', () => {
    expect(ZFinancingOfferInput.parse({ productId: 'credit-classique', cashDepositCents: 300_000, durationMonths: 48 })).toEqual({ productId: 'credit-classique', cashDepositCents: 300_000, durationMonths: 48 });
    expect(ZFinancingOfferInput.safeParse({ productId: 'credit-classique', cashDepositCents: 300_000, durationMonths: 48, monthlyCents: 1 }).success).toBe(false);
    expect(ZFinancingOfferInput.safeParse({ productId: 'Crédit', cashDepositCents: 0, durationMonths: 48 }).success).toBe(false);
    expect(ZFinancingOfferInput.safeParse({ productId: 'credit-classique', cashDepositCents: -1, durationMonths: 48 }).success).toBe(false);
  });
});
