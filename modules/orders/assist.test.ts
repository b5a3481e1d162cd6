import { describe, expect, it } from 'vitest';
import { signAssist, verifyAssist } from './assist';

const SECRET = 'x'.repeat(40);
const NOW = new Date('2026-12-06T10:00:00Z');
const claim = { customerId: 'cust_1', staffUserId: 'staff_1', dealershipId: 'dlr_1', source: { kind: 'factory' as const, savedCode: 'ABCD2345' }, expiresAt: new Date(NOW.getTime() + 3_600_000) };

describe('showroom-started checkout links', () => {
  it('name the staff member for the customer and car they were made for', () => {
    expect(verifyAssist(SECRET, signAssist(SECRET, claim), 'cust_1', claim.source, NOW)).toEqual({ staffUserId: 'staff_1', dealershipId: 'dlr_1' });
  });

  it('are ignored for another customer, another car, after expiry, under another secret, or tampered', () => {
    const token = signAssist(SECRET, claim);
    expect(verifyAssist(SECRET, token, 'cust_2', claim.source, NOW)).toBeNull();
    expect(verifyAssist(SECRET, token, 'cust_1', { kind: 'factory', savedCode: 'ZZZZ2345' }, NOW)).toBeNull();
    expect(verifyAssist(SECRET, token, 'cust_1', { kind: 'stock', vehicleId: 'ABCD2345' }, NOW)).toBeNull();
    expect(verifyAssist(SECRET, token, 'cust_1', claim.source, new Date(NOW.getTime() + 7_200_000))).toBeNull();
    expect(verifyAssist('y'.repeat(40), token, 'cust_1', claim.source, NOW)).toBeNull();
    // Crediting another salesperson: the body changes, the signature no longer matches.
    const [, sig] = token.split('.');
    const forged = `${Buffer.from(`staff_2.dlr_1.${Math.floor(claim.expiresAt.getTime() / 1000)}`).toString('base64url')}.${sig}`;
    expect(verifyAssist(SECRET, forged, 'cust_1', claim.source, NOW)).toBeNull();
    expect(verifyAssist(SECRET, 'garbage', 'cust_1', claim.source, NOW)).toBeNull();
  });
});
