import { fileTypeFromBuffer } from 'file-type';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import type { FileContent, FileStore } from '@/lib/storage/file-store';
import { documentReviewedMail } from '../paperwork-mails';
import {
  isAcceptedUploadType,
  maskIban,
  MAX_UPLOAD_BYTES,
  normaliseIban,
  requiredDocuments,
  type DocumentKind,
  type DocumentStatus,
  type TReview,
} from '../paperwork';
import { readSnapshot } from '../snapshot';
import { isLive } from '../state-machine';

type Tx = Prisma.TransactionClient;
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

/** Whose order it is to reach: its buyer, or staff of its dealership. Anything else is a 404. */
export type OrderReach = { buyerId: string } | { dealershipId: string };

export type OrderDocumentView = {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  contentType: string;
  sizeBytes: number;
  ibanMasked: string | null;
  reviewReason: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
};

const notFound = () => new AppError('NOT_FOUND', 'No such order.', { reason: 'ORDER_NOT_FOUND' });

/** Locks the order row for the transaction and checks the caller's reach (404 otherwise). */
export async function lockOrderInReach(tx: Tx, orderId: string, reach: OrderReach) {
  await tx.$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
  const order = await tx.order.findFirst({
    where: { id: orderId, ...reach },
    select: { id: true, reference: true, status: true, buyerId: true, buyerEmail: true, locale: true, dealershipId: true, snapshot: true, createdAt: true },
  });
  if (!order) throw notFound();
  return order;
}

/**
 * What the bytes are, whatever the name says: only PDF, JPEG and PNG pass. An HTML page or an
 * executable renamed .pdf is refused here, before anything is stored.
 */
export async function detectUploadType(bytes: Uint8Array): Promise<'application/pdf' | 'image/jpeg' | 'image/png'> {
  if (bytes.byteLength === 0) throw new AppError('VALIDATION_FAILED', 'The file is empty.', { reason: 'EMPTY_FILE' });
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `A document must not exceed ${MAX_UPLOAD_BYTES} bytes.`, {
      reason: 'FILE_TOO_LARGE',
      details: { limitBytes: MAX_UPLOAD_BYTES },
    });
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!isAcceptedUploadType(detected?.mime)) {
    throw new AppError('VALIDATION_FAILED', 'Send a PDF, JPEG or PNG file.', {
      reason: 'UNSUPPORTED_FILE_TYPE',
      details: { detected: detected?.mime ?? 'unknown' },
    });
  }
  return detected.mime;
}

export type UploadInput = { orderId: string; buyerId: string; kind: DocumentKind; iban?: string; bytes: Uint8Array; now: Date };

/**
 * The buyer uploads one document of their order. The type is checked from the bytes first; then,
 * in one transaction with the order locked, the previous upload of this kind is marked replaced
 * and the file and its row are written, so a refused upload stores nothing and two concurrent
 * uploads of one kind leave one live document.
 */
export async function uploadDocument(db: PrismaClient, store: FileStore, input: UploadInput): Promise<{ id: string }> {
  const contentType = await detectUploadType(input.bytes);
  return db.$transaction(async (tx) => {
    const order = await lockOrderInReach(tx, input.orderId, { buyerId: input.buyerId });
    if (!isLive(order.status)) throw new AppError('CONFLICT', 'This order is closed.', { reason: 'ORDER_CLOSED' });
    const snapshot = readSnapshot(order.snapshot);
    if (!requiredDocuments(snapshot.financing.choice).includes(input.kind)) {
      throw new AppError('VALIDATION_FAILED', 'This order does not need this document.', { reason: 'DOCUMENT_NOT_REQUIRED' });
    }
    const live = await tx.orderDocument.findFirst({
      where: { orderId: order.id, kind: input.kind, status: { not: 'replaced' } },
      select: { id: true, status: true },
    });
    if (live?.status === 'accepted') throw new AppError('CONFLICT', 'This document is already accepted.', { reason: 'DOCUMENT_ALREADY_ACCEPTED' });
    if (live) await tx.orderDocument.update({ where: { id: live.id }, data: { status: 'replaced' } });
    const file = await store.put({ bytes: input.bytes, contentType }, { tx });
    const row = await tx.orderDocument.create({
      data: {
        orderId: order.id,
        kind: input.kind,
        storageKey: file.key,
        contentType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        iban: input.kind === 'bank_details' && input.iban ? normaliseIban(input.iban) : null,
        uploadedBy: input.buyerId,
        createdAt: input.now,
      },
      select: { id: true },
    });
    return row;
  }, TRANSACTION_LIMITS);
}

export type ReviewInput = { orderId: string; documentId: string; dealershipId: string; staffId: string; review: TReview; now: Date; appUrl: string };

/** Staff of the order's dealership accept a pending document, or reject it with a reason; the buyer gets an e-mail. */
export async function reviewDocument(db: PrismaClient, input: ReviewInput): Promise<{ mailId: string }> {
  return db.$transaction(async (tx) => {
    const order = await lockOrderInReach(tx, input.orderId, { dealershipId: input.dealershipId });
    const document = await tx.orderDocument.findFirst({ where: { id: input.documentId, orderId: order.id }, select: { id: true, kind: true, status: true } });
    if (!document) throw new AppError('NOT_FOUND', 'No such document.', { reason: 'DOCUMENT_NOT_FOUND' });
    if (document.status !== 'pending') throw new AppError('CONFLICT', 'This document was already reviewed or replaced.', { reason: 'DOCUMENT_NOT_PENDING' });
    const accepted = input.review.decision === 'accept';
    const reason = input.review.decision === 'reject' ? input.review.reason : null;
    await tx.orderDocument.update({
      where: { id: document.id },
      data: { status: accepted ? 'accepted' : 'rejected', reviewedBy: input.staffId, reviewedAt: input.now, reviewReason: reason },
    });
    const mailId = await enqueueMail(
      documentReviewedMail({
        orderId: order.id,
        reference: order.reference,
        to: order.buyerEmail,
        locale: order.locale,
        kind: document.kind,
        accepted,
        reason,
        appUrl: input.appUrl,
      }),
      { tx },
    );
    return { mailId };
  }, TRANSACTION_LIMITS);
}

/** The live documents of an order (the latest upload of each kind), within the caller's reach. */
export async function orderDocuments(db: PrismaClient, orderId: string, reach: OrderReach): Promise<OrderDocumentView[] | null> {
  const order = await db.order.findFirst({ where: { id: orderId, ...reach }, select: { id: true } });
  if (!order) return null;
  const rows = await db.orderDocument.findMany({
    where: { orderId, status: { not: 'replaced' } },
    select: { id: true, kind: true, status: true, contentType: true, sizeBytes: true, iban: true, reviewReason: true, reviewedAt: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map(({ iban, ...row }) => ({ ...row, ibanMasked: iban ? maskIban(iban) : null }));
}

/** Whether every document the order needs is accepted (the paperwork is complete). */
export function paperworkComplete(documents: readonly Pick<OrderDocumentView, 'kind' | 'status'>[], financing: 'cash' | 'credit'): boolean {
  return requiredDocuments(financing).every((kind) => documents.some((d) => d.kind === kind && d.status === 'accepted'));
}

/** One document's bytes, for the download route: only within the caller's reach (a guessed id is a 404). */
export async function readDocument(
  db: PrismaClient,
  store: FileStore,
  orderId: string,
  documentId: string,
  reach: OrderReach,
): Promise<(FileContent & { kind: DocumentKind; reference: string }) | null> {
  const row = await db.orderDocument.findFirst({
    where: { id: documentId, orderId, order: reach },
    select: { kind: true, storageKey: true, order: { select: { reference: true } } },
  });
  if (!row) return null;
  const file = await store.get(row.storageKey);
  return file ? { ...file, kind: row.kind, reference: row.order.reference } : null;
}
