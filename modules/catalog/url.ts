import { z } from 'zod';
import type { Adjustment } from './adjustments';
import { indexCatalogue } from './catalogue-index';
import type { ChangeType } from './change';
import { normalizeConfiguration } from './normalize';
import type { Catalogue, Configuration, ConfigurationInput, Localized } from './types';
import { CONFIGURATION_PARAM_KEYS } from './url-encode';

/**
 * Short, readable URL encoding of a configuration, and its validated parsing.
 * `?m=horizon&t=horizon-ev-iconic&p=gris-mat&w=turbine&i=cuir-cognac&k=hiver,tech&o=pneus-hiver`
 * Codes (not indexes) keep old links meaningful after the catalogue changes; a stale link is then
 * normalised to the nearest valid configuration, with what changed reported.
 */

// Encoding lives apart, without zod, so the configurator page's browser bundle stays small.
export { CONFIGURATION_PARAM_KEYS, encodeConfiguration } from './url-encode';

export const MAX_CODE_LENGTH = 48;
export const MAX_LIST_LENGTH = 40;
/** Total characters of keys and values accepted from a query string. */
export const MAX_PARAMS_LENGTH = 2048;

const code = z.string().max(MAX_CODE_LENGTH);
const codeList = z.array(code).max(MAX_LIST_LENGTH);

/** Untrusted configuration payload (server actions, saved JSON): bounded sizes, no extra keys. */
export const configurationInputSchema = z.strictObject({
  model: code.optional(),
  trim: code.optional(),
  paint: code.optional(),
  wheels: code.optional(),
  interior: code.optional(),
  options: codeList.optional(),
  packs: codeList.optional(),
});

/** A complete configuration (shape only: rules are checked by checkConfiguration / normalizeConfiguration). */
export const configurationSchema = z.strictObject({
  model: code,
  trim: code,
  paint: code,
  wheels: code,
  interior: code,
  options: codeList,
  packs: codeList,
});

const CHANGE_TYPES = [
  'select-option',
  'deselect-option',
  'select-pack',
  'deselect-pack',
  'set-paint',
  'set-wheels',
  'set-interior',
  'set-trim',
  'set-model',
] as const satisfies readonly ChangeType[];

export const configurationChangeSchema = z.strictObject({ type: z.enum(CHANGE_TYPES), code });

/** A query string, URLSearchParams, or Next's `searchParams` object. */
export type ParamsSource = string | URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

export type UnknownCode = { readonly field: keyof ConfigurationInput; readonly code: string };

export type ParsedParams =
  | { readonly ok: true; readonly input: ConfigurationInput; readonly unknownCodes: readonly UnknownCode[] }
  | { readonly ok: false; readonly error: 'too-large'; readonly message: Localized };

const TOO_LARGE: Localized = { fr: 'Lien de configuration trop long : il a été ignoré', en: 'Configuration link too long: it was ignored' };

function toEntries(source: ParamsSource): [string, string][] {
  if (typeof source === 'string') return [...new URLSearchParams(source)];
  if (source instanceof URLSearchParams) return [...source];
  return Object.entries(source).flatMap(([key, v]) => (v === undefined ? [] : typeof v === 'string' ? [[key, v]] : v.map((x): [string, string] => [key, x])));
}

const rawParamsSchema = z.object({
  m: code.optional(),
  t: code.optional(),
  p: code.optional(),
  w: code.optional(),
  i: code.optional(),
  k: codeList,
  o: codeList,
});

/** Reads a configuration from URL parameters. Oversized input is rejected; unknown codes are listed. */
export function parseConfigurationParams(catalogue: Catalogue, source: ParamsSource): ParsedParams {
  const entries = toEntries(source);
  const size = entries.reduce((n, [key, v]) => n + key.length + v.length + 2, 0);
  if (size > MAX_PARAMS_LENGTH) return { ok: false, error: 'too-large', message: TOO_LARGE };
  const k = CONFIGURATION_PARAM_KEYS;
  const first = (key: string) => entries.find(([name]) => name === key)?.[1]?.trim() || undefined;
  const list = (key: string) =>
    entries
      .filter(([name]) => name === key)
      .flatMap(([, v]) => v.split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  const parsed = rawParamsSchema.safeParse({
    m: first(k.model),
    t: first(k.trim),
    p: first(k.paint),
    w: first(k.wheels),
    i: first(k.interior),
    k: [...new Set(list(k.packs))],
    o: [...new Set(list(k.options))],
  });
  if (!parsed.success) return { ok: false, error: 'too-large', message: TOO_LARGE };
  const raw = parsed.data;
  const input: ConfigurationInput = {
    ...(raw.m !== undefined ? { model: raw.m } : {}),
    ...(raw.t !== undefined ? { trim: raw.t } : {}),
    ...(raw.p !== undefined ? { paint: raw.p } : {}),
    ...(raw.w !== undefined ? { wheels: raw.w } : {}),
    ...(raw.i !== undefined ? { interior: raw.i } : {}),
    packs: raw.k,
    options: raw.o,
  };
  return { ok: true, input, unknownCodes: unknownCodesOf(catalogue, input) };
}

export function unknownCodesOf(catalogue: Catalogue, input: ConfigurationInput): UnknownCode[] {
  const ix = indexCatalogue(catalogue);
  const out: UnknownCode[] = [];
  const check = (field: UnknownCode['field'], value: string | undefined, known: ReadonlyMap<string, unknown>) => {
    if (value !== undefined && !known.has(value)) out.push({ field, code: value });
  };
  check('model', input.model, ix.models);
  check('trim', input.trim, ix.trims);
  check('paint', input.paint, ix.paints);
  check('wheels', input.wheels, ix.wheels);
  check('interior', input.interior, ix.interiors);
  for (const p of input.packs ?? []) check('packs', p, ix.packs);
  for (const o of input.options ?? []) check('options', o, ix.options);
  return out;
}

export type ConfigurationFromParams =
  | {
      readonly ok: true;
      readonly configuration: Configuration;
      /** What was changed to reach a valid configuration: show these to the visitor. */
      readonly adjustments: readonly Adjustment[];
      readonly unknownCodes: readonly UnknownCode[];
    }
  | { readonly ok: false; readonly error: 'too-large'; readonly message: Localized };

/** Parse + normalise: what a configurator page does with its URL. */
export function configurationFromParams(catalogue: Catalogue, source: ParamsSource): ConfigurationFromParams {
  const parsed = parseConfigurationParams(catalogue, source);
  if (!parsed.ok) return parsed;
  const { configuration, adjustments } = normalizeConfiguration(catalogue, parsed.input);
  return { ok: true, configuration, adjustments, unknownCodes: parsed.unknownCodes };
}
