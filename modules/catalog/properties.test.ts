import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeChange, type ChangeType, type ConfigurationChange } from './change';
import { checkConfiguration } from './check';
import { catalogue } from './data';
import { defaultConfiguration, normalizeConfiguration } from './normalize';
import { priceConfiguration } from './pricing';
import { createSyntheticCatalogue } from './synthetic';
import type { Availability, Catalogue, Configuration, Trim } from './types';

/**
 * An oracle written straight from the raw data, sharing no code with the engine: what "valid"
 * means for a buyer (nothing excluded together, every requirement present, trim restrictions held,
 * nothing charged twice).
 */
function oracleViolations(cat: Catalogue, c: Configuration): string[] {
  const v: string[] = [];
  const model = cat.models.find((m) => m.code === c.model);
  const trim: Trim | undefined = model?.trims.find((t) => t.code === c.trim);
  if (!model || !trim) return ['model/trim'];
  const allowed = (a: Availability | undefined) =>
    !a ||
    ((!a.models || a.models.includes(model.code)) &&
      (!a.trims || a.trims.includes(trim.code)) &&
      !a.excludedTrims?.includes(trim.code) &&
      (!a.energies || a.energies.includes(trim.energy)));
  const offered = (offers: Readonly<Record<string, { trims?: readonly string[] }>> | undefined) => {
    const o = offers?.[model.code];
    return o !== undefined && (!o.trims || o.trims.includes(trim.code));
  };
  if (!offered(cat.paints.find((p) => p.code === c.paint)?.offers)) v.push(`paint ${c.paint}`);
  if (!offered(cat.wheels.find((w) => w.code === c.wheels)?.fitments)) v.push(`wheels ${c.wheels}`);
  if (!offered(cat.interiors.find((i) => i.code === c.interior)?.offers)) v.push(`interior ${c.interior}`);
  if (new Set(c.options).size !== c.options.length || new Set(c.packs).size !== c.packs.length) v.push('duplicates');

  const packs = c.packs.map((code) => cat.packs.find((p) => p.code === code));
  const fromPacks = packs.flatMap((p) => p?.includes ?? []);
  const equipment = new Set([...trim.standardOptions, ...fromPacks, ...c.options]);
  const present = new Set<string>([
    `paint:${c.paint}`,
    `wheels:${c.wheels}`,
    `interior:${c.interior}`,
    ...[...equipment].map((o) => `option:${o}`),
    ...c.packs.map((p) => `pack:${p}`),
  ]);
  for (const code of c.options) {
    const o = cat.options.find((x) => x.code === code);
    if (!o || !allowed(o.availability)) v.push(`option ${code} not offered`);
    if (trim.standardOptions.includes(code) || fromPacks.includes(code)) v.push(`option ${code} charged twice`);
  }
  for (const [i, p] of packs.entries()) {
    if (!p || !allowed(p.availability)) v.push(`pack ${c.packs[i]} not offered`);
    for (const o of p?.includes ?? []) if (trim.standardOptions.includes(o)) v.push(`pack ${p?.code} repeats standard ${o}`);
  }
  for (const o of fromPacks) if (!allowed(cat.options.find((x) => x.code === o)?.availability)) v.push(`pack content ${o} not offered`);
  const chargeable = new Set([...c.options, ...fromPacks]);
  for (const rule of [...cat.options.filter((o) => equipment.has(o.code)), ...cat.packs.filter((p) => c.packs.includes(p.code))]) {
    for (const x of rule.excludes ?? []) if (present.has(x)) v.push(`${rule.code} excludes ${x}`);
    const isStandardOnly = !chargeable.has(rule.code) && !c.packs.includes(rule.code);
    if (!isStandardOnly) for (const r of rule.requires ?? []) if (!present.has(r)) v.push(`${rule.code} requires ${r}`);
  }
  return v;
}

const TYPES: readonly ChangeType[] = ['select-option', 'deselect-option', 'select-pack', 'deselect-pack', 'set-paint', 'set-wheels', 'set-interior', 'set-trim', 'set-model'];

/** Options and packs that take part in a rule, so that random sessions actually meet the rules. */
function ruleHeavy(cat: Catalogue): Set<string> {
  const codes = new Set<string>();
  for (const item of [...cat.options, ...cat.packs]) {
    const refs = [...(item.requires ?? []), ...(item.excludes ?? [])];
    if (refs.length === 0) continue;
    codes.add(item.code);
    for (const r of refs) codes.add(r.slice(r.indexOf(':') + 1));
  }
  return codes;
}

function changeArbitrary(cat: Catalogue): fc.Arbitrary<ConfigurationChange> {
  const heavy = ruleHeavy(cat);
  const codes = (xs: readonly { code: string }[]) => {
    const all = fc.constantFrom(...xs.map((x) => x.code), 'unknown-code');
    const ruled = xs.filter((x) => heavy.has(x.code)).map((x) => x.code);
    return ruled.length === 0 ? all : fc.oneof({ arbitrary: fc.constantFrom(...ruled), weight: 3 }, { arbitrary: all, weight: 1 });
  };
  const byType: Record<ChangeType, fc.Arbitrary<string>> = {
    'select-option': codes(cat.options),
    'deselect-option': codes(cat.options),
    'select-pack': codes(cat.packs),
    'deselect-pack': codes(cat.packs),
    'set-paint': codes(cat.paints),
    'set-wheels': codes(cat.wheels),
    'set-interior': codes(cat.interiors),
    'set-trim': codes(cat.models.flatMap((m) => m.trims)),
    'set-model': codes(cat.models),
  };
  // Mostly option and pack clicks, like a real session.
  const weights: Partial<Record<ChangeType, number>> = { 'select-option': 6, 'deselect-option': 3, 'select-pack': 3, 'deselect-pack': 2 };
  return fc.oneof(...TYPES.map((type) => ({ arbitrary: byType[type].map((code) => ({ type, code })), weight: weights[type] ?? 1 })));
}

function checkSessions(cat: Catalogue, runs: number) {
  fc.assert(
    fc.property(fc.constantFrom(...cat.models.map((m) => m.code)), fc.array(changeArbitrary(cat), { minLength: 1, maxLength: 40, size: 'max' }), (modelCode, changes) => {
      let c = defaultConfiguration(cat, modelCode);
      for (const change of changes) {
        const p = proposeChange(cat, c, change);
        expect(p.previous).toBe(c);
        if (p.status !== 'ok') {
          expect(p.next).toEqual(c);
          continue;
        }
        const next = p.next;
        expect(oracleViolations(cat, next)).toEqual([]);
        expect(checkConfiguration(cat, next)).toEqual([]);
        // The requested change took effect.
        const [action, kind] = change.type.split('-');
        if (kind === 'paint' || kind === 'wheels' || kind === 'interior' || kind === 'trim' || kind === 'model') expect(next[kind]).toBe(change.code);
        if (kind === 'pack') expect(next.packs.includes(change.code)).toBe(action === 'select');
        if (kind === 'option' && action === 'deselect') expect(next.options).not.toContain(change.code);
        if (kind === 'option' && action === 'select') {
          const inPack = cat.packs.some((pk) => next.packs.includes(pk.code) && pk.includes.includes(change.code));
          expect(next.options.includes(change.code) || inPack).toBe(true);
        }
        // Pricing: total = sum of lines; HT + VAT = subtotal TTC.
        const price = priceConfiguration(cat, next, { today: '2026-12-06', registrationDate: '2027-03-01', basis: 'factory-order' });
        expect(price.totalCents).toBe(price.lines.reduce((s, l) => s + l.amountCents, 0));
        expect(price.subtotalHTCents + price.vatCents).toBe(price.subtotalTTCCents);
        for (const l of price.lines) expect(Number.isInteger(l.amountCents)).toBe(true);
        // What the change produced is already normal.
        expect(normalizeConfiguration(cat, next)).toEqual({ configuration: next, adjustments: [] });
        c = next;
      }
    }),
    { numRuns: runs },
  );
}

function inputArbitrary(cat: Catalogue) {
  const some = (xs: readonly { code: string }[]) => fc.option(fc.constantFrom(...xs.map((x) => x.code), 'zz-unknown'), { nil: undefined });
  const list = (xs: readonly { code: string }[]) => fc.option(fc.array(fc.constantFrom(...xs.map((x) => x.code), 'zz-unknown'), { maxLength: 12 }), { nil: undefined });
  return fc.record({
    model: some(cat.models),
    trim: some(cat.models.flatMap((m) => m.trims)),
    paint: some(cat.paints),
    wheels: some(cat.wheels),
    interior: some(cat.interiors),
    options: list(cat.options),
    packs: list(cat.packs),
  });
}

function checkNormalize(cat: Catalogue, runs: number) {
  fc.assert(
    fc.property(inputArbitrary(cat), (input) => {
      const once = normalizeConfiguration(cat, input);
      expect(oracleViolations(cat, once.configuration)).toEqual([]);
      expect(checkConfiguration(cat, once.configuration)).toEqual([]);
      expect(normalizeConfiguration(cat, once.configuration)).toEqual({ configuration: once.configuration, adjustments: [] });
      for (const a of once.adjustments) expect(a.message.fr.length * a.message.en.length).toBeGreaterThan(0);
    }),
    { numRuns: runs },
  );
}

// Generous timeouts: each session run applies up to 40 changes and re-checks everything after each.
describe('properties on the Virage catalogue', () => {
  it('any sequence of changes keeps the configuration valid, and its price adds up', () => checkSessions(catalogue, 200), 60_000);
  it('normalize turns anything into a valid configuration and is idempotent', () => checkNormalize(catalogue, 500), 60_000);
});

describe('properties on a synthetic 300-option catalogue', () => {
  const synthetic = createSyntheticCatalogue({ seed: 3 });
  it('any sequence of changes keeps the configuration valid, and its price adds up', () => checkSessions(synthetic, 60), 60_000);
  it('normalize turns anything into a valid configuration and is idempotent', () => checkNormalize(synthetic, 150), 60_000);
});
