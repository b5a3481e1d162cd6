import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { postgresFileStore, sha256Hex } from '@/lib/storage/file-store';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { generateShortCode } from '@/modules/catalog/server';
import { createSealingIdentity, pdfText, sealPdf, storedSealCertificateSha256 } from '@/modules/documents/server';
import { MAX_UPLOAD_BYTES } from '../paperwork';
import { assertEmailVerified, buyerPrefill } from './buyer';
import { orderDocuments, paperworkComplete, readDocument, reviewDocument, uploadDocument } from './paperwork';
import { placeOrder } from './place-order';
import { orderFormFile, requestSignatureCode, signOrderForm, SIGNATURE_CODE_ATTEMPTS, verifyOrderSignature } from './signature';

const url = process.env.DATABASE_URL!;
const embedded = process.env.VIRAGE_EMBEDDED_DB === '1';
const client = createPrismaClient(url, embedded ? 1 : 12);
const db = client.db;
const store = postgresFileStore(db);
const tag = randomBytes(4).toString('hex');
const NOW = new Date('2026-11-20T10:00:00Z');
const appUrl = 'http://localhost:3000';
const secret = 'test-secret-test-secret-test-secret-42';
const context = (minutes = 0) => ({ now: new Date(NOW.getTime() + minutes * 60_000), appUrl, secret });
const configuration = defaultConfiguration(catalogue, 'horizon');
const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
let seq = 0;
let dealershipId = '';
let otherDealershipId = '';

// Real file headers: what a phone photo, a scan and an attacker's files start with.
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const HTML_AS_PDF = new TextEncoder().encode('<!doctype html><html><body><script>fetch("/api/orders")</script></body></html>');
const EXE = (() => {
  // A minimal PE file: "MZ" header whose e_lfanew points at a "PE\0\0" signature.
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a], 0);
  bytes.set([0x80, 0, 0, 0], 0x3c);
  bytes.set([0x50, 0x45, 0, 0, 0x4c, 0x01], 0x80);
  return bytes;
})();

async function makeDealership(suffix: string): Promise<string> {
  const id = `dlr_${tag}_pw${suffix}`;
  await db.dealership.create({
    data: {
      id,
      code: `p${tag}${suffix}`,
      name: `Virage Papiers ${suffix}`,
      street: '1 rue du Test',
      postalCode: '69002',
      city: 'Lyon',
      lat: 45.75,
      lon: 4.83,
      phone: '+33 4 00 00 00 00',
      email: `pw${suffix}.${tag}@virage.example`,
      openingHours: {},
      closures: [],
      homeDriveRadiusKm: 20,
    },
  });
  return id;
}

async function makeOrder(financing: 'cash' | 'credit' = 'cash') {
  const id = `usr_${tag}_pw_${seq++}`;
  const buyer = { id, email: `pw.${seq}.${tag}@example.org`, locale: 'fr' };
  await db.user.create({ data: { id, name: 'Léa', email: buyer.email } });
  const code = generateShortCode();
  await db.savedConfiguration.create({ data: { code, ownerId: id, modelCode: configuration.model, configuration: { ...configuration } } });
  const order = await placeOrder(db, { buyer, source: { kind: 'factory', savedCode: code }, dealershipId, details, financing, now: NOW, appUrl });
  return { buyer, order };
}

const upload = (
  orderId: string,
  buyerId: string,
  bytes: Uint8Array,
  kind: 'identity' | 'driving_licence' | 'proof_of_address' | 'payslip' | 'bank_details' = 'identity',
  iban?: string,
) => uploadDocument(db, store, { orderId, buyerId, kind, bytes, iban, now: NOW });

const storedFiles = () => db.storedFile.count();

beforeAll(async () => {
  dealershipId = await makeDealership('a');
  otherDealershipId = await makeDealership('b');
});

afterAll(async () => {
  await client.close();
});

describe('paperwork uploads', () => {
  it('stores a PDF or PNG with the type read from its bytes, readable by the buyer and the dealership only', async () => {
    const { buyer, order } = await makeOrder();
    const { id } = await upload(order.id, buyer.id, PDF);
    await upload(order.id, buyer.id, PNG, 'driving_licence');
    const mine = await readDocument(db, store, order.id, id, { buyerId: buyer.id });
    expect(mine?.contentType).toBe('application/pdf');
    expect(sha256Hex(mine!.bytes)).toBe(sha256Hex(PDF));
    expect((await readDocument(db, store, order.id, id, { dealershipId }))?.kind).toBe('identity');
    const list = await orderDocuments(db, order.id, { dealershipId });
    expect(list?.map((d) => [d.kind, d.contentType, d.status])).toEqual([
      ['identity', 'application/pdf', 'pending'],
      ['driving_licence', 'image/png', 'pending'],
    ]);
  });

  it('gives another buyer, another dealership and guessed ids nothing (404)', async () => {
    const { buyer, order } = await makeOrder();
    const other = await makeOrder();
    const { id } = await upload(order.id, buyer.id, PDF);
    expect(await readDocument(db, store, order.id, id, { buyerId: other.buyer.id })).toBeNull();
    expect(await readDocument(db, store, other.order.id, id, { buyerId: other.buyer.id })).toBeNull();
    expect(await readDocument(db, store, order.id, id, { dealershipId: otherDealershipId })).toBeNull();
    expect(await readDocument(db, store, order.id, 'cl_guessed_id_000000000', { buyerId: buyer.id })).toBeNull();
    expect(await orderDocuments(db, order.id, { buyerId: other.buyer.id })).toBeNull();
    await expect(upload(order.id, other.buyer.id, PDF)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      reviewDocument(db, {
        orderId: order.id,
        documentId: id,
        dealershipId: otherDealershipId,
        staffId: 'staff',
        review: { decision: 'accept' },
        now: NOW,
        appUrl,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses HTML renamed .pdf, an executable, an empty and an oversized file, and stores nothing', async () => {
    const { buyer, order } = await makeOrder();
    const before = await storedFiles();
    await expect(upload(order.id, buyer.id, HTML_AS_PDF)).rejects.toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE', details: { detected: 'unknown' } });
    await expect(upload(order.id, buyer.id, EXE)).rejects.toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE', details: { detected: 'application/x-msdownload' } });
    await expect(upload(order.id, buyer.id, new Uint8Array(0))).rejects.toMatchObject({ reason: 'EMPTY_FILE' });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    await expect(upload(order.id, buyer.id, big)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await storedFiles()).toBe(before);
    expect(await db.orderDocument.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('asks the lender’s documents only with credit, and checks the IBAN of the bank details', async () => {
    const cash = await makeOrder('cash');
    await expect(upload(cash.order.id, cash.buyer.id, PDF, 'payslip')).rejects.toMatchObject({ reason: 'DOCUMENT_NOT_REQUIRED' });
    const credit = await makeOrder('credit');
    await upload(credit.order.id, credit.buyer.id, PDF, 'payslip');
    await upload(credit.order.id, credit.buyer.id, PDF, 'bank_details', 'fr76 3000 6000 0112 3456 7890 189');
    const docs = await orderDocuments(db, credit.order.id, { buyerId: credit.buyer.id });
    expect(docs?.find((d) => d.kind === 'bank_details')?.ibanMasked).toBe('FR76 •••• 0189');
  });
});

describe('reviewing documents', () => {
  it('rejects with a reason and e-mails the buyer, who re-uploads; accepted documents complete the paperwork', async () => {
    const { buyer, order } = await makeOrder();
    const first = await upload(order.id, buyer.id, PDF);
    await reviewDocument(db, {
      orderId: order.id,
      documentId: first.id,
      dealershipId,
      staffId: 'staff',
      review: { decision: 'reject', reason: 'Photo illisible' },
      now: NOW,
      appUrl,
    });
    const mail = await db.outboxMessage.findFirst({ where: { to: buyer.email, kind: 'order.document-rejected' }, select: { text: true } });
    expect(mail?.text).toContain('Photo illisible');
    await expect(
      reviewDocument(db, { orderId: order.id, documentId: first.id, dealershipId, staffId: 'staff', review: { decision: 'accept' }, now: NOW, appUrl }),
    ).rejects.toMatchObject({ reason: 'DOCUMENT_NOT_PENDING' });

    const second = await upload(order.id, buyer.id, PNG);
    expect((await db.orderDocument.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('replaced');
    for (const kind of ['driving_licence', 'proof_of_address'] as const) {
      const { id } = await upload(order.id, buyer.id, PDF, kind);
      await reviewDocument(db, { orderId: order.id, documentId: id, dealershipId, staffId: 'staff', review: { decision: 'accept' }, now: NOW, appUrl });
    }
    let docs = await orderDocuments(db, order.id, { buyerId: buyer.id });
    expect(paperworkComplete(docs!, 'cash')).toBe(false);
    await reviewDocument(db, { orderId: order.id, documentId: second.id, dealershipId, staffId: 'staff', review: { decision: 'accept' }, now: NOW, appUrl });
    docs = await orderDocuments(db, order.id, { buyerId: buyer.id });
    expect(paperworkComplete(docs!, 'cash')).toBe(true);
    await expect(upload(order.id, buyer.id, PDF)).rejects.toMatchObject({ reason: 'DOCUMENT_ALREADY_ACCEPTED' });
  });

  it('keeps one live document per kind when two uploads race', async () => {
    const { buyer, order } = await makeOrder();
    const clients = [0, 1, 2].map(() => (embedded ? { db, close: async () => {} } : createPrismaClient(url, 1)));
    try {
      await Promise.allSettled(
        clients.map((c) => uploadDocument(c.db, postgresFileStore(c.db), { orderId: order.id, buyerId: buyer.id, kind: 'identity', bytes: PDF, now: NOW })),
      );
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    expect(await db.orderDocument.count({ where: { orderId: order.id, status: { not: 'replaced' } } })).toBe(1);
  });
});

const codeOf = async (email: string) => {
  const mail = await db.outboxMessage.findFirst({ where: { to: email, kind: 'order.signature-code' }, orderBy: { createdAt: 'desc' }, select: { text: true } });
  return /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1] ?? '';
};
const sign = (orderId: string, buyerId: string, code: string, minutes = 1, database = db) =>
  signOrderForm(database, postgresFileStore(database), { orderId, buyerId, code, clientAddress: '203.0.113.7', userAgent: 'vitest' }, context(minutes));

describe('the order form and its signature', () => {
  it('renders the order form from the snapshot, with the withdrawal form', async () => {
    const { buyer, order } = await makeOrder('credit');
    const form = await orderFormFile(db, store, order.id, { buyerId: buyer.id }, appUrl);
    const { text } = await pdfText(form!.bytes);
    expect(form?.signed).toBe(false);
    expect(text).toContain(`Bon de commande n° ${order.reference}`);
    expect(text).toContain('Léa Martin');
    expect(text).toContain('Virage Papiers a');
    expect(text).toContain('Source du barème de malus');
    expect(text).toContain('Modèle de formulaire de rétractation');
    expect(text).toContain('Je/nous (*) vous notifie/notifions (*)');
    expect(text).toContain('Crédit');
    expect(await orderFormFile(db, store, order.id, { dealershipId: otherDealershipId }, appUrl)).toBeNull();
  });

  it('signs once with the e-mailed code, records who, when, where and the hash, and detects a later change', async () => {
    const { buyer, order } = await makeOrder();
    await requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'Léa Martin' }, context());
    const challenge = await db.orderSignatureChallenge.findFirstOrThrow({ where: { orderId: order.id } });
    const code = await codeOf(buyer.email);
    expect(code).toMatch(/^\d{6}$/);
    expect(challenge.codeHash).not.toContain(code);

    const wrong = code === '000000' ? '111111' : '000000';
    await expect(sign(order.id, buyer.id, wrong)).rejects.toMatchObject({ reason: 'WRONG_SIGNATURE_CODE' });
    expect((await db.orderSignatureChallenge.findUniqueOrThrow({ where: { id: challenge.id } })).attempts).toBe(1);

    const { signedSha256 } = await sign(order.id, buyer.id, code);
    const signature = await db.orderSignature.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(signature).toMatchObject({ signerId: buyer.id, signerName: 'Léa Martin', clientAddress: '203.0.113.7', signedSha256 });
    const file = await orderFormFile(db, store, order.id, { dealershipId }, appUrl);
    expect(file?.signed).toBe(true);
    expect(sha256Hex(file!.bytes)).toBe(signedSha256);
    const { text, pages } = await pdfText(file!.bytes);
    expect(text).toContain('Signature électronique');
    expect(text).toContain('203.0.113.7');
    expect(text.replaceAll(' ', '')).toContain(signature.formSha256);
    expect(pages).toBeGreaterThan(1);
    await expect(sign(order.id, buyer.id, code)).rejects.toMatchObject({ reason: 'ALREADY_SIGNED' });
    await expect(requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'x' }, context())).rejects.toMatchObject({
      reason: 'ALREADY_SIGNED',
    });

    const verified = await verifyOrderSignature(db, store, order.id, { buyerId: buyer.id });
    expect(verified?.intact).toBe(true);
    // The seller's digital seal covers the whole file; its certificate is the one printed on the evidence page.
    expect(verified?.seal).toMatchObject({ valid: true, signingTime: context(1).now });
    expect(text.replaceAll(' ', '')).toContain(verified!.seal!.certificateSha256);
    expect(text).toContain(verified!.seal!.signerCommonName);
    // Someone edits the stored PDF (here: its title): the recorded hash no longer matches.
    const tampered = await PDFDocument.load(file!.bytes);
    tampered.setTitle('Bon de commande modifié');
    await db.storedFile.update({ where: { id: signature.storageKey }, data: { bytes: Buffer.from(await tampered.save()) } });
    const after = await verifyOrderSignature(db, store, order.id, { buyerId: buyer.id });
    expect(after?.intact).toBe(false);
    // pdf-lib rewrote the file: the seal's signature no longer covers what is stored.
    expect(after?.seal?.valid ?? false).toBe(false);
    expect(await verifyOrderSignature(db, store, order.id, { dealershipId: otherDealershipId })).toBeNull();
  });

  it('a file re-sealed with another certificate: the seal verifies against the file, but is not the dealership’s (unknown certificate)', async () => {
    const { buyer, order } = await makeOrder();
    await requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'Léa Martin' }, context());
    await sign(order.id, buyer.id, await codeOf(buyer.email));
    const genuine = await verifyOrderSignature(db, store, order.id, { buyerId: buyer.id });
    expect(genuine).toMatchObject({ intact: true, sealStatus: 'valid' });
    expect(genuine?.seal?.certificateSha256).toBe(await storedSealCertificateSha256(db, dealershipId));

    // Someone edits the file and seals it again with a certificate of their own, named like the dealership.
    const signature = await db.orderSignature.findUniqueOrThrow({ where: { orderId: order.id } });
    const file = await orderFormFile(db, store, order.id, { buyerId: buyer.id }, appUrl);
    const edited = await PDFDocument.load(file!.bytes);
    edited.setTitle('Bon de commande modifié');
    const forger = createSealingIdentity({ commonName: genuine!.seal!.signerCommonName, organisation: 'Virage', locality: 'Lyon' }, 'forger-passphrase', NOW);
    const resealed = await sealPdf(await edited.save(), forger, { reason: 'x', location: 'x', contactInfo: 'x', signingTime: NOW });
    await db.storedFile.update({ where: { id: signature.storageKey }, data: { bytes: Buffer.from(resealed) } });
    const forged = await verifyOrderSignature(db, store, order.id, { buyerId: buyer.id });
    // The signature matches the file it is in…
    expect(forged?.seal).toMatchObject({ valid: true, signerCommonName: genuine!.seal!.signerCommonName, certificateSha256: forger.certificateSha256 });
    // …but its certificate is not the one the dealership keeps.
    expect(forged?.sealStatus).toBe('unknown-certificate');
    expect(forged?.intact).toBe(false);
  });

  it('refuses an expired code and locks the code after too many wrong tries', async () => {
    const { buyer, order } = await makeOrder();
    await requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'Léa Martin' }, context());
    const code = await codeOf(buyer.email);
    await expect(sign(order.id, buyer.id, code, 11)).rejects.toMatchObject({ reason: 'SIGNATURE_CODE_EXPIRED' });

    await requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'Léa Martin' }, context(20));
    const fresh = await codeOf(buyer.email);
    const wrong = fresh === '000000' ? '111111' : '000000';
    for (let i = 0; i < SIGNATURE_CODE_ATTEMPTS; i++)
      await expect(sign(order.id, buyer.id, wrong, 21)).rejects.toMatchObject({ reason: 'WRONG_SIGNATURE_CODE' });
    await expect(sign(order.id, buyer.id, fresh, 21)).rejects.toMatchObject({ reason: 'SIGNATURE_CODE_LOCKED' });
    expect(await db.orderSignature.count({ where: { orderId: order.id } })).toBe(0);
    // Another buyer cannot ask for a code on this order.
    const other = await makeOrder();
    await expect(requestSignatureCode(db, { orderId: order.id, buyerId: other.buyer.id, typedName: 'x' }, context())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('signs exactly once when the code is confirmed twice at the same time', async () => {
    const { buyer, order } = await makeOrder();
    await requestSignatureCode(db, { orderId: order.id, buyerId: buyer.id, typedName: 'Léa Martin' }, context());
    const code = await codeOf(buyer.email);
    const clients = [0, 1, 2].map(() => (embedded ? { db, close: async () => {} } : createPrismaClient(url, 1)));
    try {
      const results = await Promise.allSettled(clients.map((c) => sign(order.id, buyer.id, code, 1, c.db)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ reason: 'ALREADY_SIGNED' });
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    expect(await db.orderSignature.count({ where: { orderId: order.id } })).toBe(1);
  });
});

describe('who may order', () => {
  it('refuses an account whose e-mail is not confirmed, and prefills the next checkout from the last order', async () => {
    const { buyer } = await makeOrder();
    await expect(assertEmailVerified(db, buyer.id)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    await db.user.update({ where: { id: buyer.id }, data: { emailVerified: true } });
    await expect(assertEmailVerified(db, buyer.id)).resolves.toBeUndefined();
    expect(await buyerPrefill(db, buyer.id, 'Autre Nom')).toMatchObject({ firstName: 'Léa', lastName: 'Martin', postalCode: '69002' });
    // The buyer then moves and says so in their profile: the next checkout has the new address.
    await db.customerProfile.create({ data: { userId: buyer.id, street: '2 rue Nationale', postalCode: '59000', city: 'Lille' } });
    expect(await buyerPrefill(db, buyer.id, 'Autre Nom')).toMatchObject({ firstName: 'Léa', lastName: 'Martin', street: '2 rue Nationale', postalCode: '59000', city: 'Lille' });
  });

  it('prefills from an order placed after the profile’s details changed, even if a consent was saved since', async () => {
    const { buyer, order } = await makeOrder();
    const placedAt = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).createdAt;
    await db.customerProfile.create({ data: { userId: buyer.id, street: '2 rue Nationale', postalCode: '59000', city: 'Lille', detailsUpdatedAt: new Date(placedAt.getTime() - 60_000) } });
    // The profile row was written after the order (a consent), its details before it.
    expect(await buyerPrefill(db, buyer.id, 'Autre Nom')).toMatchObject({ postalCode: '69002' });
  });

  it('prefills from an order placed after the profile was last saved', async () => {
    const { buyer, order } = await makeOrder();
    await db.customerProfile.create({ data: { userId: buyer.id, street: '2 rue Nationale', postalCode: '59000', city: 'Lille', phone: '03 20 00 00 00' } });
    await db.order.update({ where: { id: order.id }, data: { createdAt: new Date(Date.now() + 60_000) } });
    expect(await buyerPrefill(db, buyer.id, 'Autre Nom')).toMatchObject({ postalCode: '69002', firstName: 'Léa' });
  });
});
