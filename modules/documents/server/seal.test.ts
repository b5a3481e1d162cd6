import { describe, expect, it } from 'vitest';
import { renderDocument } from './pdf';
import { createSealingIdentity, readPdfSeal, sealPdf, sealVerdict } from './seal';
import { pdfText } from './testing';

const signingTime = new Date('2026-12-06T10:15:00Z');
const subject = { commonName: 'Virage Lyon Gerland', organisation: 'Virage', locality: 'Lyon' };

async function sealedForm(text = 'Prix total : 31 990,00 €') {
  const identity = createSealingIdentity(subject, 'demo-passphrase', signingTime);
  const form = await renderDocument({ title: 'Bon de commande', lang: 'fr', header: 'Virage', footer: 'Bon de commande', blocks: [{ kind: 'paragraph', text }] });
  const sealed = await sealPdf(form, identity, { reason: 'Bon de commande signé', location: 'Lyon', contactInfo: 'lyon@virage.example', signingTime });
  return { identity, form, sealed };
}

// RSA key generation and PDF parsing take a few seconds on a busy 2-core machine: a generous timeout, no speed assertion.
describe('the seller’s seal on a PDF', { timeout: 60_000 }, () => {
  it('signs every byte with the dealership certificate, and keeps the document readable', async () => {
    const { identity, sealed } = await sealedForm();
    const seal = readPdfSeal(sealed);
    expect(seal).toEqual({ signerCommonName: 'Virage Lyon Gerland', certificateSha256: identity.certificateSha256, signingTime, valid: true });
    expect(Buffer.from(sealed).toString('latin1')).toContain('/SubFilter /adbe.pkcs7.detached');
    expect((await pdfText(sealed)).text).toContain('Prix total : 31 990,00 €');
  });

  it('detects a change of a single byte in the covered content', async () => {
    const { sealed } = await sealedForm();
    const text = Buffer.from(sealed).toString('latin1');
    const at = text.indexOf('/Producer');
    expect(at).toBeGreaterThan(0);
    const tampered = Uint8Array.from(sealed);
    tampered[at + 1] = 'p'.charCodeAt(0);
    expect(readPdfSeal(tampered)?.valid).toBe(false);
  });

  // About 256 sealings on average (15 s here); the timeout covers the rare long search.
  it('verifies a seal whose signature ends in a zero byte, the same value as the placeholder padding', { timeout: 300_000 }, async () => {
    const { identity, form } = await sealedForm();
    // The DER is a SEQUENCE with a two-byte length (30 82 LL LL): its last byte is known without
    // parsing. RSA signatures end in 0x00 once in 256: signing times are tried until one does.
    let sealed: Uint8Array | null = null;
    for (let second = 0; second < 4000 && !sealed; second++) {
      const at = new Date(signingTime.getTime() + second * 1000);
      const candidate = await sealPdf(form, identity, { reason: 'r', location: 'Lyon', contactInfo: 'c', signingTime: at });
      const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(Buffer.from(candidate).toString('latin1'))![1]!;
      const end = 2 * (4 + parseInt(hex.slice(4, 8), 16));
      if (hex.startsWith('3082') && hex.slice(end - 2, end) === '00') sealed = candidate;
    }
    expect(sealed).not.toBeNull();
    expect(readPdfSeal(sealed!)).toMatchObject({ valid: true, certificateSha256: identity.certificateSha256 });
  });

  it('finds no seal on an unsealed document', async () => {
    const { form } = await sealedForm();
    expect(readPdfSeal(form)).toBeNull();
  });

  it('refuses a signature lifted from another sealed document', async () => {
    const { sealed } = await sealedForm();
    const other = await sealedForm('Prix total : 29 990,00 €');
    // Graft the other document's signature (made over other bytes, with another key) into this one.
    const mine = Buffer.from(sealed).toString('latin1');
    const theirs = Buffer.from(other.sealed).toString('latin1');
    const contents = (s: string) => /\/Contents\s*<([0-9a-fA-F]+)>/.exec(s)![1]!;
    expect(contents(theirs)).toHaveLength(contents(mine).length);
    const grafted = mine.replace(contents(mine), contents(theirs));
    const seal = readPdfSeal(Buffer.from(grafted, 'latin1'));
    expect(seal?.valid).toBe(false);
    expect(seal?.certificateSha256).toBe(other.identity.certificateSha256);
  });
});

describe('the seal checked against the dealership’s own certificate', () => {
  it('counts a valid seal only when its certificate is the kept one; a file re-sealed by another certificate is "unknown certificate"', async () => {
    const { identity, sealed } = await sealedForm();
    const kept = identity.certificateSha256;
    expect(sealVerdict(readPdfSeal(sealed), kept)).toBe('valid');
    expect(sealVerdict(readPdfSeal(sealed), kept.toUpperCase())).toBe('valid');
    // Same name, another key: the file re-sealed by someone else verifies, but is not the dealership's.
    const other = createSealingIdentity(subject, 'other-passphrase', signingTime);
    const resealed = await sealPdf(sealed, other, { reason: 'x', location: 'x', contactInfo: 'x', signingTime });
    const seal = readPdfSeal(resealed);
    expect(seal).toMatchObject({ valid: true, signerCommonName: subject.commonName, certificateSha256: other.certificateSha256 });
    expect(sealVerdict(seal, kept)).toBe('unknown-certificate');
    // No certificate kept for the dealership: nothing to vouch for the seal.
    expect(sealVerdict(readPdfSeal(sealed), null)).toBe('unknown-certificate');
    expect(sealVerdict(null, kept)).toBe('missing');
    expect(sealVerdict({ signerCommonName: '', certificateSha256: kept, signingTime: null, valid: false }, kept)).toBe('broken');
  });
});
