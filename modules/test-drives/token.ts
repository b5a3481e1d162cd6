import { createHmac, timingSafeEqual } from 'node:crypto';

// Signed links for buyers without an account. The manage link names a version: moving a drive
// bumps it, so an old link still verifies (the e-mail was genuine) but can say "moved" instead
// of acting on the new time. The per-drive nonce means a leaked secret-less id cannot be guessed.

export type ManageTokenClaims = { driveId: string; version: number };

const SIG_LENGTH = 32;

function signature(secret: string, parts: readonly (string | number)[]): string {
  return createHmac('sha256', secret).update(parts.join('|')).digest('base64url').slice(0, SIG_LENGTH);
}

function sameSignature(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function signManageToken(secret: string, drive: { id: string; version: number; nonce: string }): string {
  return `${drive.id}.${drive.version}.${signature(secret, ['manage', drive.id, drive.version, drive.nonce])}`;
}

/** Reads the claims without trusting them; `verifyManageToken` then checks them against the drive. */
export function parseManageToken(token: string): (ManageTokenClaims & { sig: string }) | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.(\d{1,6})\.([A-Za-z0-9_-]{32})$/.exec(token.trim());
  if (!match) return null;
  const [, driveId, version, sig] = match;
  if (driveId === undefined || version === undefined || sig === undefined) return null;
  return { driveId, version: Number(version), sig };
}

export function verifyManageToken(secret: string, token: string, nonceOf: (driveId: string) => string | null): ManageTokenClaims | null {
  const claims = parseManageToken(token);
  if (!claims) return null;
  const nonce = nonceOf(claims.driveId);
  if (nonce === null) return null;
  const expected = signature(secret, ['manage', claims.driveId, claims.version, nonce]);
  return sameSignature(expected, claims.sig) ? { driveId: claims.driveId, version: claims.version } : null;
}

export function signSurveyToken(secret: string, drive: { id: string; nonce: string }): string {
  return `${drive.id}.${signature(secret, ['survey', drive.id, drive.nonce])}`;
}

export function parseSurveyToken(token: string): { driveId: string; sig: string } | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{32})$/.exec(token.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { driveId: match[1], sig: match[2] };
}

export function verifySurveyToken(secret: string, token: string, nonce: string): boolean {
  const parsed = parseSurveyToken(token);
  if (!parsed) return false;
  return sameSignature(signature(secret, ['survey', parsed.driveId, nonce]), parsed.sig);
}
