import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, pool } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/session';
import { generateShortCode } from './short-code';

// Saving and reopening configurations on a real database; the JSON API's route handler called directly.

const ownerId = `usr_cfg_${randomUUID()}`;
const viewer: Viewer = { id: ownerId, name: 'Guest', email: `${ownerId}@guest.example`, role: 'customer', dealershipId: null, isGuest: true };
vi.mock('@/lib/session', () => ({ ensureViewer: () => Promise.resolve(viewer), getViewer: () => Promise.resolve(viewer) }));

const { saveConfiguration, findSavedConfiguration, findSavedConfigurations, listGarage } = await import('./configurations');
const { POST: postConfiguration } = await import('@/app/api/configurations/route');

const post = (body: string) => new Request('http://localhost/api/configurations', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
const savedCount = () => db.savedConfiguration.count({ where: { ownerId } });

beforeAll(async () => {
  await db.user.create({ data: { id: ownerId, name: 'Guest', email: viewer.email, isAnonymous: true } });
});
afterAll(async () => {
  await pool().end();
});

describe('saved configurations', () => {
  it('saves a valid configuration under a short code and reopens it from what a person types', async () => {
    const saved = await saveConfiguration(ownerId, { model: 'horizon', paint: 'rouge-vif', packs: ['hiver'] });
    expect(saved.code).toMatch(/^[A-Z2-9]{8}$/);
    const typed = `${saved.code.slice(0, 4).toLowerCase()} ${saved.code.slice(4)}`;
    const found = await findSavedConfiguration(typed);
    expect(found?.quote.configuration).toEqual(saved.configuration);
    expect(found?.quote.price.totalCents).toBe(saved.price.totalCents);
    expect(found?.quote.adjustments).toEqual([]);
    expect((await listGarage(ownerId)).map((s) => s.code)).toContain(saved.code);
  });

  it('saves nothing when the configuration is invalid or carries a price', async () => {
    const before = await savedCount();
    await expect(saveConfiguration(ownerId, { model: 'horizon', options: ['toit-panoramique', 'coffre-de-toit', 'barres-de-toit'] })).rejects.toBeInstanceOf(AppError);
    await expect(saveConfiguration(ownerId, { model: 'horizon', totalCents: 1 })).rejects.toMatchObject({ reason: 'CLIENT_PRICE_REFUSED' });
    expect(await savedCount()).toBe(before);
  });

  it('re-prices a stale saved row as the nearest valid car and says what changed', async () => {
    const code = generateShortCode();
    await db.savedConfiguration.create({ data: { code, ownerId, modelCode: 'horizon', configuration: { model: 'horizon', paint: 'violet-disparu', options: ['laser'] } } });
    const found = await findSavedConfiguration(code);
    expect(found?.quote.configuration.paint).not.toBe('violet-disparu');
    expect(found?.quote.adjustments.length).toBeGreaterThanOrEqual(2);
  });

  it('reports unknown and malformed codes as missing', async () => {
    expect(await findSavedConfiguration('ZZZZ9999')).toBeNull();
    expect(await findSavedConfiguration('not a code at all')).toBeNull();
    const { found, missing } = await findSavedConfigurations(['ZZZZ9999', '!!']);
    expect(found).toEqual([]);
    expect(missing).toEqual(['ZZZZ9999', '!!']);
  });
});

describe('POST /api/configurations', () => {
  it('answers 201 with the code and the server price', async () => {
    const response = await postConfiguration(post(JSON.stringify({ model: 'etincelle', wheels: 'sport' })));
    expect(response.status).toBe(201);
    const body = ((await response.json()) as { data: { code: string; url: string; price: { totalCents: number } } }).data;
    expect(body.url).toContain(`/g/${body.code}`);
    expect(body.price.totalCents).toBeGreaterThan(0);
  });

  it('refuses oversized, malformed, tampered and unknown input with JSON errors, saving nothing', async () => {
    const before = await savedCount();
    const cases: [string, number, string][] = [
      [JSON.stringify({ model: 'horizon', pad: 'x'.repeat(17_000) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['{"model":', 400, 'INVALID_JSON'],
      [JSON.stringify({ model: 'horizon', priceCents: 10 }), 422, 'CLIENT_PRICE_REFUSED'],
      [JSON.stringify({ model: 'delorean' }), 404, 'UNKNOWN_MODEL'],
      [JSON.stringify({ model: 'horizon', paint: 'violet' }), 422, 'UNKNOWN_CODE'],
    ];
    for (const [body, status, reason] of cases) {
      const response = await postConfiguration(post(body));
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe(reason);
    }
    expect(await savedCount()).toBe(before);
  });
});
