import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma';
import { postgresFileStore } from '@/lib/storage/file-store';
import { catalogue, defaultConfiguration, STILL_JPEG_WIDTH } from '@/modules/catalog';
import { generateShortCode } from '@/modules/catalog/server';
import { pageImages, pdfText } from '@/modules/documents/server';
import { placeOrder } from './place-order';
import { orderFormFile } from './signature';

// The order form shows the ordered car: its still is an image XObject on the first page, described by a caption.

const client = createPrismaClient(process.env.DATABASE_URL ?? '', process.env.VIRAGE_EMBEDDED_DB === '1' ? 1 : 4);
const db = client.db;
const tag = randomBytes(4).toString('hex');
const appUrl = 'http://localhost:3000';
const dealershipId = `dlr_${tag}_pic`;

beforeAll(async () => {
  await db.dealership.create({
    data: { id: dealershipId, code: `pic${tag}`, name: 'Virage Image', street: '1 rue du Test', postalCode: '69002', city: 'Lyon', lat: 45.75, lon: 4.83, phone: '+33 4 00 00 00 00', email: `pic.${tag}@virage.example`, openingHours: {}, closures: [], homeDriveRadiusKm: 20 },
  });
});

afterAll(async () => {
  await client.close();
});

it('the order form PDF carries the still of the ordered car (a JPEG image on its first page) with its description', { timeout: 60_000 }, async () => {
  const configuration = { ...defaultConfiguration(catalogue, 'horizon'), paint: 'rouge-vif' };
  const buyer = { id: `usr_${tag}_pic`, email: `pic.${tag}@example.org`, locale: 'fr' };
  await db.user.create({ data: { id: buyer.id, name: 'Léa', email: buyer.email } });
  const code = generateShortCode();
  await db.savedConfiguration.create({ data: { code, ownerId: buyer.id, modelCode: configuration.model, configuration: { ...configuration } } });
  const details = { firstName: 'Léa', lastName: 'Martin', phone: '+33 6 12 34 56 78', street: '3 rue de la Paix', postalCode: '69002', city: 'Lyon' };
  const order = await placeOrder(db, { buyer, source: { kind: 'factory', savedCode: code }, dealershipId, details, financing: 'cash', now: new Date('2026-11-20T10:00:00Z'), appUrl });

  const form = await orderFormFile(db, postgresFileStore(db), order.id, { buyerId: buyer.id }, appUrl);
  if (!form) throw new Error('no order form');
  const [first] = await pageImages(form.bytes);
  expect(first).toEqual([{ width: STILL_JPEG_WIDTH, height: (STILL_JPEG_WIDTH * 10) / 16, filter: '/DCTDecode' }]);
  const { text } = await pdfText(form.bytes);
  expect(text).toContain('Virage Horizon Rouge Vif, jantes');
});
