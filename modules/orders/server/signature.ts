import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { sha256Hex, type FileContent, type FileStore } from '@/lib/storage/file-store';
import { stillPicture } from '@/modules/catalog/server';
import { concatDocuments, dealershipSealingIdentity, readPdfSeal, renderDocument, sealPdf, sealVerdict, storedSealCertificateSha256, type PdfSeal, type SealVerdict } from '@/modules/documents/server';
import { orderFormSpec, signatureEvidenceSpec } from '../order-form';
import { signatureCodeMail } from '../paperwork-mails';
import { readSnapshot } from '../snapshot';
import { isLive } from '../state-machine';
import { lockOrderInReach, type OrderReach } from './paperwork';
import { noteText } from '../timeline-notes';

/** A code lives ten minutes and allows five tries; a new request closes the previous code. */
export const SIGNATURE_CODE_MINUTES = 10;
export const SIGNATURE_CODE_ATTEMPTS = 5;
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

export type SignatureContext = { now: Date; appUrl: string; secret: string };

/** Only a keyed hash of the code is stored: a leaked table does not give the codes away. */
const hashCode = (secret: string, challengeId: string, code: string) => createHmac('sha256', secret).update(`${challengeId}:${code}`).digest('hex');

type FormOrder = { reference: string; createdAt: Date; snapshot: unknown; dealershipId: string };

/** Reads on the caller's client: inside a transaction, its own connection (the embedded database has one). */
async function renderOrderForm(db: PrismaClient | Prisma.TransactionClient, order: FormOrder, appUrl: string): Promise<Uint8Array> {
  const dealership = await db.dealership.findUnique({ where: { id: order.dealershipId }, select: { email: true } });
  const snapshot = readSnapshot(order.snapshot);
  const picture = await stillPicture(snapshot.configuration, 'fr');
  return renderDocument(
    orderFormSpec({
      reference: order.reference,
      placedAt: order.createdAt,
      snapshot,
      picture: picture && { jpeg: picture.jpeg, aspect: picture.width / picture.height, caption: picture.alt },
      dealershipEmail: dealership?.email ?? '',
      cgvUrl: new URL('/legal/cgv', appUrl).toString(),
    }),
  );
}

/** The order form to read: the signed file once signed, else one rendered from the snapshot now. */
export async function orderFormFile(
  db: PrismaClient,
  store: FileStore,
  orderId: string,
  reach: OrderReach,
  appUrl: string,
): Promise<(FileContent & { reference: string; signed: boolean }) | null> {
  const order = await db.order.findFirst({
    where: { id: orderId, ...reach },
    select: { reference: true, createdAt: true, snapshot: true, dealershipId: true, signature: { select: { storageKey: true } } },
  });
  if (!order) return null;
  if (order.signature) {
    const file = await store.get(order.signature.storageKey);
    if (!file) throw new AppError('INTERNAL', 'The signed order form is missing from storage.');
    return { ...file, reference: order.reference, signed: true };
  }
  const bytes = await renderOrderForm(db, order, appUrl);
  return { bytes, contentType: 'application/pdf', sha256: sha256Hex(bytes), reference: order.reference, signed: false };
}

export type CodeRequest = { orderId: string; buyerId: string; typedName: string };

/**
 * The buyer typed their name and asks for a code: a six-digit code goes to their account's
 * e-mail (outbox, same transaction); any earlier open code of the order is closed.
 */
export async function requestSignatureCode(db: PrismaClient, input: CodeRequest, context: SignatureContext): Promise<{ mailId: string; expiresAt: Date }> {
  return db.$transaction(async (tx) => {
    const order = await lockOrderInReach(tx, input.orderId, { buyerId: input.buyerId });
    if (!isLive(order.status)) throw new AppError('CONFLICT', 'This order is closed.', { reason: 'ORDER_CLOSED' });
    const signed = await tx.orderSignature.findUnique({ where: { orderId: order.id }, select: { id: true } });
    if (signed) throw new AppError('CONFLICT', 'The order form is already signed.', { reason: 'ALREADY_SIGNED' });
    await tx.orderSignatureChallenge.updateMany({ where: { orderId: order.id, closedAt: null }, data: { closedAt: context.now } });
    const expiresAt = new Date(context.now.getTime() + SIGNATURE_CODE_MINUTES * 60_000);
    const challenge = await tx.orderSignatureChallenge.create({
      data: { orderId: order.id, codeHash: 'pending', typedName: input.typedName, expiresAt, createdAt: context.now },
      select: { id: true },
    });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx.orderSignatureChallenge.update({ where: { id: challenge.id }, data: { codeHash: hashCode(context.secret, challenge.id, code) } });
    const mailId = await enqueueMail(
      signatureCodeMail({ reference: order.reference, to: order.buyerEmail, locale: order.locale, code, validMinutes: SIGNATURE_CODE_MINUTES }),
      { tx },
    );
    return { mailId, expiresAt };
  }, TRANSACTION_LIMITS);
}

export type SignInput = { orderId: string; buyerId: string; code: string; clientAddress: string; userAgent: string | null };
type Outcome = { ok: true; signedSha256: string } | { ok: false; error: AppError };

/**
 * Signs the order form with the e-mailed code, exactly once: the order row is locked, so two
 * concurrent confirmations queue and the second finds the signature (409); the unique order id
 * of order_signature backs this up. A wrong code counts an attempt, committed before the 422.
 * The stored PDF is the order form plus an evidence page; its SHA-256 is recorded.
 */
export async function signOrderForm(db: PrismaClient, store: FileStore, input: SignInput, context: SignatureContext): Promise<{ signedSha256: string }> {
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    const order = await lockOrderInReach(tx, input.orderId, { buyerId: input.buyerId });
    if (!isLive(order.status)) throw new AppError('CONFLICT', 'This order is closed.', { reason: 'ORDER_CLOSED' });
    const signed = await tx.orderSignature.findUnique({ where: { orderId: order.id }, select: { id: true } });
    if (signed) throw new AppError('CONFLICT', 'The order form is already signed.', { reason: 'ALREADY_SIGNED' });
    const challenge = await tx.orderSignatureChallenge.findFirst({
      where: { orderId: order.id, closedAt: null },
      orderBy: { createdAt: 'desc' },
      select: { id: true, codeHash: true, typedName: true, expiresAt: true, attempts: true },
    });
    if (!challenge) throw new AppError('CONFLICT', 'Ask for a code first.', { reason: 'NO_SIGNATURE_CODE' });
    if (challenge.expiresAt.getTime() <= context.now.getTime())
      return { ok: false, error: new AppError('GONE', 'The code has expired: ask for a new one.', { reason: 'SIGNATURE_CODE_EXPIRED' }) };
    if (challenge.attempts >= SIGNATURE_CODE_ATTEMPTS)
      return { ok: false, error: new AppError('RATE_LIMITED', 'Too many wrong codes: ask for a new one.', { reason: 'SIGNATURE_CODE_LOCKED' }) };
    const expected = Buffer.from(challenge.codeHash, 'hex');
    const given = Buffer.from(hashCode(context.secret, challenge.id, input.code), 'hex');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      const attempts = challenge.attempts + 1;
      await tx.orderSignatureChallenge.update({ where: { id: challenge.id }, data: { attempts } });
      return {
        ok: false,
        error: new AppError('VALIDATION_FAILED', 'This code is not right.', {
          reason: 'WRONG_SIGNATURE_CODE',
          details: { attemptsLeft: SIGNATURE_CODE_ATTEMPTS - attempts },
        }),
      };
    }
    const form = await renderOrderForm(tx, order, context.appUrl);
    const formSha256 = sha256Hex(form);
    const seller = await tx.dealership.findUniqueOrThrow({ where: { id: order.dealershipId }, select: { id: true, name: true, city: true, email: true } });
    const seal = await dealershipSealingIdentity(tx, seller, context.secret, context.now);
    const evidence = await renderDocument(
      signatureEvidenceSpec({
        reference: order.reference,
        signerName: challenge.typedName,
        signerEmail: order.buyerEmail,
        signerAccountId: input.buyerId,
        signedAt: context.now,
        clientAddress: input.clientAddress,
        userAgent: input.userAgent,
        formSha256,
        seal: { commonName: seal.commonName, certificateSha256: seal.certificateSha256 },
      }),
    );
    const unsealed = await concatDocuments([form, evidence], `Bon de commande ${order.reference} — signé`);
    const signedPdf = await sealPdf(unsealed, seal, {
      reason: noteText.orderFormSigned(order.reference, challenge.typedName),
      location: seller.city,
      contactInfo: seller.email,
      signingTime: context.now,
    });
    const file = await store.put({ bytes: signedPdf, contentType: 'application/pdf' }, { tx });
    await tx.orderSignatureChallenge.update({ where: { id: challenge.id }, data: { closedAt: context.now } });
    await tx.orderSignature.create({
      data: {
        orderId: order.id,
        signerId: input.buyerId,
        signerName: challenge.typedName,
        signerEmail: order.buyerEmail,
        signedAt: context.now,
        clientAddress: input.clientAddress,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        challengeId: challenge.id,
        formSha256,
        signedSha256: file.sha256,
        storageKey: file.key,
      },
    });
    return { ok: true, signedSha256: file.sha256 };
  }, TRANSACTION_LIMITS);
  if (!outcome.ok) throw outcome.error;
  return { signedSha256: outcome.signedSha256 };
}

export type SignatureStatus = {
  signerName: string;
  signedAt: Date;
  clientAddress: string;
  signedSha256: string;
  storedSha256: string;
  intact: boolean;
  /** the seller's digital seal read back from the stored file (null: none found) */
  seal: PdfSeal | null;
  /** the seal checked against the dealership's own certificate (a valid seal by another certificate is not the dealership's) */
  sealStatus: SealVerdict;
};

/** The recorded signature and whether the stored file still hashes to what was recorded (any change is detected). */
export async function verifyOrderSignature(db: PrismaClient, store: FileStore, orderId: string, reach: OrderReach): Promise<SignatureStatus | null> {
  const row = await db.orderSignature.findFirst({
    where: { orderId, order: reach },
    select: { signerName: true, signedAt: true, clientAddress: true, signedSha256: true, storageKey: true, order: { select: { dealershipId: true } } },
  });
  if (!row) return null;
  const file = await store.get(row.storageKey);
  const storedSha256 = file ? sha256Hex(file.bytes) : '';
  const seal = file ? readPdfSeal(file.bytes) : null;
  return {
    signerName: row.signerName,
    signedAt: row.signedAt,
    clientAddress: row.clientAddress,
    signedSha256: row.signedSha256,
    storedSha256,
    intact: storedSha256 === row.signedSha256,
    seal,
    sealStatus: sealVerdict(seal, await storedSealCertificateSha256(db, row.order.dealershipId)),
  };
}
