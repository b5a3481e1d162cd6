import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CheckoutSource } from './server/checkout';

/**
 * An order started for the customer on the showroom tablet: the staff member prepares the checkout
 * of the customer's saved configuration or held car, and the customer reviews, accepts the terms
 * and places it on their own device (the CGV and withdrawal acceptance are the buyer's own acts,
 * never the salesperson's). The checkout link carries this token so the placed order is recorded
 * as started by that staff member, channel showroom.
 *
 * The token is an HMAC under the server secret over the customer, the staff member, their
 * dealership, the car and an expiry: it cannot be moved to another customer or car, nor forged to
 * credit a salesperson. A link that does not verify is ignored (the order is a plain web order).
 */
export const ASSIST_VALID_HOURS = 72;

export type AssistClaim = { customerId: string; staffUserId: string; dealershipId: string; source: CheckoutSource; expiresAt: Date };

const sourceKey = (source: CheckoutSource) => (source.kind === 'factory' ? `f:${source.savedCode}` : `s:${source.vehicleId}`);
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(`order-assist|${body}`).digest('base64url').slice(0, 32);

export function signAssist(secret: string, claim: AssistClaim): string {
  // Only the staff side and the expiry travel; the customer and the car are checked against the checkout's own.
  const body = `${claim.staffUserId}.${claim.dealershipId}.${Math.floor(claim.expiresAt.getTime() / 1000)}`;
  const sig = sign(secret, `${claim.customerId}|${sourceKey(claim.source)}|${body}`);
  return `${Buffer.from(body).toString('base64url')}.${sig}`;
}

/** The staff member and dealership behind a checkout link for this customer and this car, or null. */
export function verifyAssist(secret: string, token: string, customerId: string, source: CheckoutSource, now: Date): { staffUserId: string; dealershipId: string } | null {
  const match = /^([A-Za-z0-9_-]{1,300})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const body = Buffer.from(match[1], 'base64url').toString('utf8');
  const parts = /^([^.|]{1,64})\.([^.|]{1,64})\.(\d{1,12})$/.exec(body);
  if (!parts?.[1] || !parts[2] || !parts[3]) return null;
  const expected = Buffer.from(sign(secret, `${customerId}|${sourceKey(source)}|${body}`));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(parts[3]) * 1000 <= now.getTime()) return null;
  return { staffUserId: parts[1], dealershipId: parts[2] };
}
