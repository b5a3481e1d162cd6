/**
 * The seller's digital signature on a PDF (the signed order form): an embedded PKCS#7 signature
 * (ISO 32000-1 §12.8, SubFilter adbe.pkcs7.detached, SHA-256 with RSA) made with the dealership's
 * certificate, so any PDF reader shows who sealed the document and that nothing changed since.
 *
 * Why this and not a PAdES baseline profile (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached):
 * PAdES B-B also needs the ESS signing-certificate-v2 signed attribute, which neither
 * @signpdf/signer-p12 nor node-forge's PKCS#7 writer can emit (forge encodes only contentType,
 * messageDigest and signingTime). What matters here — the seller's seal over the exact bytes, with
 * any later change detected by readers and by `readPdfSeal` — holds with the plain PKCS#7 form;
 * the buyer's own consent is the e-mailed one-time code recorded on the evidence page (a simple
 * electronic signature, eIDAS art. 25). The certificate is self-signed for the demo: a real
 * deployment loads one issued by a qualified trust service provider instead.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

/** A certificate and its private key, as a PKCS#12 file protected by `passphrase`. */
export type SealingIdentity = { p12: Buffer; passphrase: string; commonName: string; certificateSha256: string };

export type SealSubject = { commonName: string; organisation: string; locality: string };

const VALIDITY_YEARS = 10;

/** A new self-signed sealing certificate (RSA 2048, SHA-256), for the demo dealerships. */
export function createSealingIdentity(subject: SealSubject, passphrase: string, now: Date): SealingIdentity {
  // Node's native key generation (milliseconds) rather than forge's JavaScript one (seconds).
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  // A positive serial number (the high bit cleared), as RFC 5280 §4.1.2.2 asks.
  certificate.serialNumber = `0${randomBytes(15).toString('hex')}`;
  certificate.validity.notBefore = now;
  certificate.validity.notAfter = new Date(Date.UTC(now.getUTCFullYear() + VALIDITY_YEARS, now.getUTCMonth(), now.getUTCDate()));
  const attributes = [
    { shortName: 'CN', value: subject.commonName },
    { shortName: 'O', value: subject.organisation },
    { shortName: 'L', value: subject.locality },
    { shortName: 'C', value: 'FR' },
  ];
  certificate.setSubject(attributes);
  certificate.setIssuer(attributes);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], passphrase, { algorithm: '3des' });
  const certificateDer = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return {
    p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    passphrase,
    commonName: subject.commonName,
    certificateSha256: createHash('sha256').update(Buffer.from(certificateDer, 'binary')).digest('hex'),
  };
}

export type SealDetails = { reason: string; location: string; contactInfo: string; signingTime: Date };

/** Seals the PDF: a signature field covering every byte but the signature itself. */
export async function sealPdf(bytes: Uint8Array, identity: SealingIdentity, details: SealDetails): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes);
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: details.reason,
    location: details.location,
    contactInfo: details.contactInfo,
    name: identity.commonName,
    signingTime: details.signingTime,
    appName: 'Virage',
  });
  // The placeholder must stay findable as plain text: no object streams.
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }));
  const signed = await signpdf.sign(prepared, new P12Signer(identity.p12, { passphrase: identity.passphrase }), details.signingTime);
  return new Uint8Array(signed);
}

export type PdfSeal = { signerCommonName: string; certificateSha256: string; signingTime: Date | null; valid: boolean };

/**
 * Reads and checks the last embedded signature: the digest of the covered bytes against the signed
 * messageDigest, and the RSA signature over the signed attributes against the certificate's key.
 * Null when the file carries no signature. (Chain trust is not checked: the demo certificate is
 * self-signed; its fingerprint is printed on the evidence page.)
 */
export function readPdfSeal(bytes: Uint8Array): PdfSeal | null {
  const text = Buffer.from(bytes).toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return null;
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const covered = Buffer.concat([Buffer.from(bytes.subarray(a, a + b)), Buffer.from(bytes.subarray(c, c + d))]);
  // The signature's DER is zero-padded to the placeholder's size. The padding is not stripped as
  // text: a DER whose last byte is 0x00 (1 signature in 256) would lose it. parseSignature cuts it
  // at the DER's own length instead.
  const hex = text.slice(a + b + 1, c - 1);
  const message = parseSignature(hex);
  const certificate = message?.certificates[0];
  // A byte range that no longer frames a signature (the file was rewritten): a seal, broken.
  if (!message || !certificate) return { signerCommonName: '', certificateSha256: '', signingTime: null, valid: false };
  const attributes = message.rawCapture.authenticatedAttributes ?? [];
  let signedDigest: string | null = null;
  let signingTime: Date | null = null;
  for (const attribute of attributes) {
    const [oid, set] = attribute.value as forge.asn1.Asn1[];
    const type = forge.asn1.derToOid(oid!.value as string);
    const value = (set!.value as forge.asn1.Asn1[])[0]!;
    if (type === forge.pki.oids.messageDigest) signedDigest = Buffer.from(value.value as string, 'binary').toString('hex');
    if (type === forge.pki.oids.signingTime) signingTime = forge.asn1.utcTimeToDate(value.value as string);
  }
  const digestMatches = signedDigest === createHash('sha256').update(covered).digest('hex');
  // The signature is over the DER of the attributes as a SET (RFC 5652 §5.4).
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes);
  const attributesDigest = forge.md.sha256.create().update(forge.asn1.toDer(set).getBytes());
  const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
  const signatureMatches = verifies(publicKey, attributesDigest.digest().getBytes(), message.rawCapture.signature);
  const certificateDer = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return {
    signerCommonName: commonName(certificate),
    certificateSha256: createHash('sha256').update(Buffer.from(certificateDer, 'binary')).digest('hex'),
    signingTime,
    valid: digestMatches && signatureMatches,
  };
}

type SignedData = forge.pkcs7.PkcsSignedData & { rawCapture: { authenticatedAttributes?: forge.asn1.Asn1[]; signature: string } };

/**
 * The hex of the DER element at the start of `hex` (tag, length, content), without what follows it
 * (the placeholder's zero padding); null when its length field is not a definite one that fits.
 */
function derElement(hex: string): string | null {
  const first = parseInt(hex.slice(2, 4), 16);
  if (Number.isNaN(first)) return null;
  let header = 2;
  let length = first;
  if (first & 0x80) {
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4) return null;
    header = 2 + octets;
    length = parseInt(hex.slice(4, 4 + 2 * octets), 16);
  }
  const end = 2 * (header + length);
  return Number.isNaN(length) || end > hex.length ? null : hex.slice(0, end);
}

function parseSignature(padded: string): SignedData | null {
  if (!/^[0-9a-fA-F]+$/.test(padded) || padded.length % 2) return null;
  const hex = derElement(padded);
  if (!hex) return null;
  try {
    return forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(Buffer.from(hex, 'hex').toString('binary'))) as SignedData;
  } catch {
    return null;
  }
}

/** A malformed signature value makes forge throw: it is simply not a valid signature. */
function verifies(key: forge.pki.rsa.PublicKey, digest: string, signature: string): boolean {
  try {
    return key.verify(digest, signature);
  } catch {
    return false;
  }
}

function commonName(certificate: forge.pki.Certificate): string {
  const field = certificate.subject.getField('CN') as { value?: unknown } | null;
  return typeof field?.value === 'string' ? field.value : '';
}

/** What the order page says of a seal: sound and by the dealership's own certificate, by another certificate, broken, or absent. */
export type SealVerdict = 'valid' | 'unknown-certificate' | 'broken' | 'missing';

/**
 * A signature that matches the file proves only that whoever holds *its* certificate sealed it:
 * anyone can re-seal an edited file with a certificate of their own. So the seal counts only when
 * its certificate is the one the dealership keeps (`expectedCertificateSha256`, null: none kept).
 */
export function sealVerdict(seal: PdfSeal | null, expectedCertificateSha256: string | null): SealVerdict {
  if (!seal) return 'missing';
  if (!seal.valid) return 'broken';
  if (!expectedCertificateSha256 || seal.certificateSha256.toLowerCase() !== expectedCertificateSha256.toLowerCase()) return 'unknown-certificate';
  return 'valid';
}
