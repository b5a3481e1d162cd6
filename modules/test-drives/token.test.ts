import { describe, expect, it } from 'vitest';
import { parseManageToken, signManageToken, signSurveyToken, verifyManageToken, verifySurveyToken } from './token';

const SECRET = 'unit-test-secret-unit-test-secret-00';
const drive = { id: 'td_abc123', version: 2, nonce: 'nonce-1' };

describe('manage tokens', () => {
  it('round-trips and keeps the version', () => {
    const token = signManageToken(SECRET, drive);
    expect(parseManageToken(token)).toMatchObject({ driveId: 'td_abc123', version: 2 });
    expect(verifyManageToken(SECRET, token, () => 'nonce-1')).toEqual({ driveId: 'td_abc123', version: 2 });
  });

  it('refuses a tampered version, id, signature, another secret or nonce', () => {
    const token = signManageToken(SECRET, drive);
    const [id, , sig] = token.split('.');
    expect(verifyManageToken(SECRET, `${id}.3.${sig}`, () => 'nonce-1')).toBeNull();
    expect(verifyManageToken(SECRET, `td_abc124.2.${sig}`, () => 'nonce-1')).toBeNull();
    expect(verifyManageToken(SECRET, `${token.slice(0, -2)}xx`, () => 'nonce-1')).toBeNull();
    expect(verifyManageToken(`${SECRET}!`, token, () => 'nonce-1')).toBeNull();
    expect(verifyManageToken(SECRET, token, () => 'nonce-2')).toBeNull();
    expect(verifyManageToken(SECRET, token, () => null)).toBeNull();
    expect(parseManageToken('not a token')).toBeNull();
  });

  it('survey tokens differ from manage tokens and verify on their own', () => {
    const survey = signSurveyToken(SECRET, drive);
    expect(verifySurveyToken(SECRET, survey, 'nonce-1')).toBe(true);
    expect(verifySurveyToken(SECRET, survey, 'nonce-2')).toBe(false);
    expect(verifyManageToken(SECRET, survey, () => 'nonce-1')).toBeNull();
  });
});
