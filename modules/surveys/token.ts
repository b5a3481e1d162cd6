import { createHmac, timingSafeEqual } from 'node:crypto';

// The survey link: the invitation's id and an HMAC of it with its random nonce under the server
// secret. Guessing a link means guessing a 192-bit signature; a link is single-use because the
// answer is written once (survey_invitation.answeredAt), not because the token expires.

const SIG_LENGTH = 32;
const sign = (secret: string, id: string, nonce: string) => createHmac('sha256', secret).update(`survey-invitation|${id}|${nonce}`).digest('base64url').slice(0, SIG_LENGTH);

export function signSurveyLink(secret: string, invitation: { id: string; nonce: string }): string {
  return `${invitation.id}.${sign(secret, invitation.id, invitation.nonce)}`;
}

export function parseSurveyLink(token: string): { id: string; sig: string } | null {
  const match = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{32})$/.exec(token.trim());
  if (!match?.[1] || !match[2]) return null;
  return { id: match[1], sig: match[2] };
}

export function verifySurveyLink(secret: string, token: string, nonce: string): boolean {
  const parsed = parseSurveyLink(token);
  if (!parsed) return false;
  const expected = Buffer.from(sign(secret, parsed.id, nonce));
  const given = Buffer.from(parsed.sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
