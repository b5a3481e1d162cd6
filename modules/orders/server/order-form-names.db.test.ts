import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { postgresFileStore } from '@/lib/storage/file-store';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { generateShortCode } from '@/modules/catalog/server';
import { embeddedFonts, pdfText } from '@/modules/documents/server';
import { ZBuyerDetails } from '../snapshot';
import { placeOrder } from './place-order';
import { orderFormFile } from './signature';

// A buyer whose name is written in Chinese or Korean gets an order form that prints it: the name goes
// through the checkout's own validation, the order snapshot and the order form's renderer (the route's
// code path), and the PDF's text layer gives it back. A character drawn from a font without it would be
// the font's .notdef box, which reads back as U+0000.

const client = createPrismaClient(process.env.DATABASE_URL ?? '', process.env.VIRAGE_EMBEDDED_DB === '1' ? 1 : 4);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const appUrl = 'http://localhost:3000';
const dealershipId = `dlr_${tag}_names`;

beforeAll(async () => {
  await db.dealership.create({
    data: { id: dealershipId, code: `nam${tag}`, name: 'Virage Noms', street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `names.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
});

afterAll(async () => {
  await client.close();
});

async function orderFormOf(key: string, name: { firstName: string; lastName: string }) {
  const configuration = defaultConfiguration(catalogue, 'etincelle');
  const buyer = { id: `usr_${tag}_${key}`, email: `${key}.${tag}@example.org`, locale: 'fr' };
  await db.user.create({ data: { id: buyer.id, name: `${name.lastName}${name.firstName}`, email: buyer.email } });
  const code = generateShortCode();
  await db.savedConfiguration.create({ data: { code, ownerId: buyer.id, modelCode: configuration.model, configuration: { ...configuration } } });
  // What the checkout form posts, through the same schema as the API.
  const details = ZBuyerDetails.parse({ ...name, phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' });
  const order = await placeOrder(db, { buyer, source: { kind: 'factory', savedCode: code }, dealershipId, details, financing: 'cash', now: new Date('2026-12-06T10:00:00Z'), appUrl });
  const form = await orderFormFile(db, postgresFileStore(db), order.id, { buyerId: buyer.id }, appUrl);
  if (!form) throw new Error('no order form');
  return { form, order };
}

describe('order form PDF of a buyer with a CJK name', { timeout: 90_000 }, () => {
  it('prints a Chinese name (王小明) with the Chinese font', async () => {
    const { form, order } = await orderFormOf('zh', { firstName: '小明', lastName: '王' });
    expect(form.signed).toBe(false);
    const { text } = await pdfText(form.bytes);
    expect(text).not.toContain('\u0000');
    expect(text).toContain(`Bon de commande n° ${order.reference}`);
    expect(text).toContain('Nom 小明 王');
    expect((await embeddedFonts(form.bytes)).some((f) => f.startsWith('/NotoSansSC-Regular'))).toBe(true);
  });

  it('prints a Korean name (김민준) with the Korean font', async () => {
    const { form } = await orderFormOf('ko', { firstName: '민준', lastName: '김' });
    const { text } = await pdfText(form.bytes);
    expect(text).not.toContain('\u0000');
    expect(text).toContain('Nom 민준 김');
    const fonts = await embeddedFonts(form.bytes);
    expect(fonts.some((f) => f.startsWith('/NotoSansKR-Regular'))).toBe(true);
    // Hangul only: the Chinese font is not embedded for nothing.
    expect(fonts.some((f) => f.startsWith('/NotoSansSC'))).toBe(false);
  });
});
