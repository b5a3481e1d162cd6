import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { trackJourney, type JourneyChannel } from '@/modules/journey/server';
import { generateShortCode, normalizeShortCode, shortCodePattern } from './short-code';
import { configurationInputFromJson, quoteExact, quoteNearest, type LenientQuote, type Quote } from './quote';

/** Saved configurations: stored as codes only, always re-priced on the server when read. */

export type SavedCar = {
  readonly id: string;
  readonly code: string;
  readonly title: string | null;
  readonly ownerId: string | null;
  readonly createdAt: Date;
  /** Re-priced with today's catalogue; `adjustments` says what changed if the catalogue moved on. */
  readonly quote: LenientQuote;
};

const select = { id: true, code: true, title: true, ownerId: true, createdAt: true, configuration: true } as const;
type Row = { id: string; code: string; title: string | null; ownerId: string | null; createdAt: Date; configuration: unknown };

function toSavedCar(row: Row): SavedCar {
  const { configuration: stored, ...rest } = row;
  return { ...rest, quote: quoteNearest(configurationInputFromJson(stored)) };
}

/** Validates strictly (4xx on anything wrong: nothing is saved), then stores under a fresh short code. */
export async function saveConfiguration(ownerId: string, body: unknown, title?: string): Promise<{ code: string } & Quote> {
  return saveQuote(ownerId, quoteExact(body), title);
}

/** Where a save happened, for the customer's journey (default: the buyer on the web). */
export type SaveOrigin = { channel: JourneyChannel; staffUserId?: string | null; dealershipId?: string | null };

/** Stores an already validated quote (validate before creating a guest identity: nothing happens on bad input). */
export async function saveQuote(ownerId: string, quote: Quote, title?: string, origin: SaveOrigin = { channel: 'web' }): Promise<{ code: string } & Quote> {
  const { configuration } = quote;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const row = await db.savedConfiguration.create({
        data: { code: generateShortCode(), ownerId, modelCode: configuration.model, title: title ?? null, configuration: { ...configuration } },
        select: { code: true },
      });
      trackJourney({ ...origin, step: 'save', userId: ownerId, modelCode: configuration.model, subjectRef: row.code });
      return { code: row.code, ...quote };
    } catch (error) {
      const collision = typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
      if (!collision) throw error;
    }
  }
  throw new AppError('CONFLICT', 'Could not allocate a unique code.');
}

/** What a person typed ("abcd 2345", "ABCD-2345") as a stored code, or null when it cannot be one. */
export function parseShortCode(input: string): string | null {
  const code = normalizeShortCode(input.slice(0, 32));
  return shortCodePattern.test(code) ? code : null;
}

/** Anyone holding the code may open it, on any device: the code is the share token. */
export async function findSavedConfiguration(input: string): Promise<SavedCar | null> {
  const code = parseShortCode(input);
  if (!code) return null;
  const row = await db.savedConfiguration.findUnique({ where: { code }, select });
  return row ? toSavedCar(row) : null;
}

export async function findSavedConfigurations(inputs: readonly string[]): Promise<{ found: SavedCar[]; missing: string[] }> {
  const codes = inputs.map((i) => ({ input: i, code: parseShortCode(i) }));
  const valid = [...new Set(codes.flatMap((c) => (c.code ? [c.code] : [])))];
  const rows = valid.length === 0 ? [] : await db.savedConfiguration.findMany({ where: { code: { in: valid } }, select });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const found = valid.flatMap((c) => {
    const row = byCode.get(c);
    return row ? [toSavedCar(row)] : [];
  });
  const missing = codes.filter((c) => !c.code || !byCode.has(c.code)).map((c) => c.input);
  return { found, missing };
}

export async function listGarage(ownerId: string): Promise<SavedCar[]> {
  const rows = await db.savedConfiguration.findMany({ where: { ownerId }, select, orderBy: { createdAt: 'desc' }, take: 100 });
  return rows.map(toSavedCar);
}
