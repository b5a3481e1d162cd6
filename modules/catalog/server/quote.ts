import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { catalogue as defaultCatalogue } from '../data';
import type { Adjustment } from '../adjustments';
import { normalizeConfiguration } from '../normalize';
import { priceConfiguration, type PriceBreakdown, type RegistrationBasis } from '../pricing';
import { factoryOrderContext, stockContext } from './registration';
import { configurationInputSchema, unknownCodesOf } from '../url';
import type { Catalogue, Configuration, ConfigurationInput, Household, Localized } from '../types';

/**
 * The server's price of a configuration: every amount from the catalogue, none from the client.
 * The monthly estimate is finance's (withEstimate in modules/finance), added by the caller.
 */
export type Quote = {
  readonly configuration: Configuration;
  readonly price: PriceBreakdown;
};

export type LenientQuote = Quote & { readonly adjustments: readonly Adjustment[] };

// Anything that looks like an amount: a client never sets a price, so such a field means tampering.
const PRICE_FIELD = /price|total|amount|cents|montant|prix/i;

/**
 * When and for whom the price is computed. The configurator prices a factory order (registration at
 * the end of its delivery window); a car picked from stock passes basis 'stock'.
 */
export type QuoteWhen = { readonly now?: Date; readonly basis?: RegistrationBasis; readonly household?: Household };

export function quoteOf(configuration: Configuration, catalogue: Catalogue = defaultCatalogue, when: QuoteWhen = {}): Quote {
  const now = when.now ?? new Date();
  const household = when.household ? { household: when.household } : {};
  const context = when.basis === 'stock' ? stockContext(now, when.household) : factoryOrderContext(configuration, now, household, catalogue);
  const price = priceConfiguration(catalogue, configuration, context);
  return { configuration, price };
}

/**
 * For links and saved items: the nearest valid configuration, priced, with what had to change.
 * `model` (from the path) wins over any model code in the input.
 */
export function quoteNearest(input: ConfigurationInput, catalogue: Catalogue = defaultCatalogue): LenientQuote {
  const { configuration, adjustments } = normalizeConfiguration(catalogue, input);
  return { ...quoteOf(configuration, catalogue), adjustments };
}

/**
 * For API calls and saves: the input must already be a valid configuration (missing fields take
 * the trim's defaults). Throws an AppError (4xx) naming what is wrong; nothing is repaired silently.
 */
export function quoteExact(body: unknown, catalogue: Catalogue = defaultCatalogue): Quote {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('BAD_REQUEST', 'Send a JSON object describing the configuration.', { reason: 'INVALID_BODY' });
  }
  const priceKeys = Object.keys(body).filter((key) => PRICE_FIELD.test(key));
  if (priceKeys.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Prices are computed by the server; remove ${priceKeys.join(', ')}.`, {
      reason: 'CLIENT_PRICE_REFUSED',
      details: { fields: priceKeys },
    });
  }
  const parsed = configurationInputSchema.safeParse(body);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The configuration is not well-formed.', {
      reason: 'INVALID_CONFIGURATION_SHAPE',
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  const input = parsed.data;
  if (input.model === undefined) throw new AppError('VALIDATION_FAILED', 'The model is required.', { reason: 'MODEL_REQUIRED' });
  if (!catalogue.models.some((m) => m.code === input.model)) {
    throw new AppError('NOT_FOUND', `Unknown model "${input.model}".`, { reason: 'UNKNOWN_MODEL' });
  }
  const unknown = unknownCodesOf(catalogue, input);
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Unknown codes: ${unknown.map((u) => `${u.field}=${u.code}`).join(', ')}.`, {
      reason: 'UNKNOWN_CODE',
      details: { unknown },
    });
  }
  const { configuration, adjustments } = normalizeConfiguration(catalogue, input);
  if (adjustments.length > 0) {
    throw new AppError('VALIDATION_FAILED', `This configuration breaks the rules: ${adjustments.map((a) => a.message.en).join('; ')}.`, {
      reason: 'INVALID_CONFIGURATION',
      details: { conflicts: adjustments.map((a) => ({ kind: a.kind, subject: a.subject, message: a.message })), nearestValid: configuration },
    });
  }
  return quoteOf(configuration, catalogue);
}

/** Saved rows hold JSON written by older code or edited by hand: read them defensively. */
export function configurationInputFromJson(value: unknown): ConfigurationInput {
  const loose = z
    .object({
      model: z.string().max(48).optional(),
      trim: z.string().max(48).optional(),
      paint: z.string().max(48).optional(),
      wheels: z.string().max(48).optional(),
      interior: z.string().max(48).optional(),
      options: z.array(z.string().max(48)).max(40).optional(),
      packs: z.array(z.string().max(48)).max(40).optional(),
    })
    .safeParse(value);
  return loose.success ? loose.data : {};
}

export const localizedAdjustments = (adjustments: readonly Adjustment[]): Localized[] => adjustments.map((a) => a.message);
