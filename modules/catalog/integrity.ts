import { conflicts, indexCatalogue, isKnownRef, refOf, splitRef } from './catalogue-index';
import { requirementClosure } from './repair';
import { trimContext } from './trim-context';
import type { Catalogue, ItemRef } from './types';

/**
 * Data errors in a catalogue, as readable strings (empty = sound). The rules engine relies on these
 * holding: every code referenced exists, defaults are orderable, anything offered on a trim can be
 * selected from scratch (its requirements are offered too and do not exclude each other), packs do
 * not overlap unless they exclude each other, and a pack always costs less than its contents.
 */
export function validateCatalogue(catalogue: Catalogue): string[] {
  const ix = indexCatalogue(catalogue);
  const issues: string[] = [];
  const unique = (what: string, codes: readonly string[]) => {
    const seen = new Set<string>();
    for (const c of codes) {
      if (seen.has(c)) issues.push(`duplicate ${what} code ${c}`);
      seen.add(c);
    }
  };
  unique('model', catalogue.models.map((m) => m.code));
  unique('trim', catalogue.models.flatMap((m) => m.trims.map((t) => t.code)));
  unique('paint', catalogue.paints.map((p) => p.code));
  unique('wheel', catalogue.wheels.map((w) => w.code));
  unique('interior', catalogue.interiors.map((i) => i.code));
  unique('option', catalogue.options.map((o) => o.code));
  unique('pack', catalogue.packs.map((p) => p.code));

  const money = (what: string, cents: number) => {
    if (!Number.isSafeInteger(cents) || cents < 0) issues.push(`${what}: price ${cents} is not a non-negative integer of cents`);
  };
  for (const model of catalogue.models) {
    if (model.trims.length === 0) issues.push(`model ${model.code} has no trim`);
    for (const t of model.trims) {
      if (t.model !== model.code) issues.push(`trim ${t.code} says model ${t.model}, listed under ${model.code}`);
      money(`trim ${t.code}`, t.basePriceCents);
      for (const o of t.standardOptions) if (!ix.options.has(o)) issues.push(`trim ${t.code}: unknown standard option ${o}`);
    }
  }
  for (const o of catalogue.options) money(`option ${o.code}`, o.priceCents);
  for (const p of catalogue.packs) money(`pack ${p.code}`, p.priceCents);
  for (const item of [...catalogue.options.map((o) => ({ self: `option:${o.code}`, ...o })), ...catalogue.packs.map((p) => ({ self: `pack:${p.code}`, ...p }))]) {
    for (const r of [...(item.requires ?? []), ...(item.excludes ?? [])]) if (!isKnownRef(ix, r)) issues.push(`${item.self}: unknown reference ${r}`);
    for (const m of item.availability?.models ?? []) if (!ix.models.has(m)) issues.push(`${item.self}: unknown model ${m}`);
    for (const t of [...(item.availability?.trims ?? []), ...(item.availability?.excludedTrims ?? [])]) {
      if (!ix.trims.has(t)) issues.push(`${item.self}: unknown trim ${t}`);
    }
  }
  for (const p of catalogue.packs) for (const o of p.includes) if (!ix.options.has(o)) issues.push(`pack ${p.code}: unknown option ${o}`);
  const offers = [
    ...catalogue.paints.map((x) => ({ self: `paint ${x.code}`, offers: x.offers })),
    ...catalogue.wheels.map((x) => ({ self: `wheel ${x.code}`, offers: x.fitments })),
    ...catalogue.interiors.map((x) => ({ self: `interior ${x.code}`, offers: x.offers })),
  ];
  for (const { self, offers: byModel } of offers) {
    for (const [modelCode, offer] of Object.entries(byModel)) {
      money(`${self} on ${modelCode}`, offer.priceCents);
      if (!ix.models.has(modelCode)) issues.push(`${self}: unknown model ${modelCode}`);
      for (const t of [...(offer.trims ?? []), ...(offer.standardOn ?? [])]) {
        if (ix.trims.get(t)?.model !== modelCode) issues.push(`${self}: trim ${t} is not a ${modelCode} trim`);
      }
    }
  }
  for (const [i, a] of catalogue.packs.entries()) {
    for (const b of catalogue.packs.slice(i + 1)) {
      const shared = a.includes.filter((o) => b.includes.includes(o));
      if (shared.length > 0 && !conflicts(ix, refOf('pack', a.code), refOf('pack', b.code))) {
        issues.push(`packs ${a.code} and ${b.code} share ${shared.join(', ')} but may be combined`);
      }
    }
  }
  if (issues.length > 0) return issues;

  for (const trim of ix.trims.values()) {
    const ctx = trimContext(ix, trim.code);
    if (!ctx) continue;
    for (const kind of ['paint', 'wheels', 'interior'] as const) {
      const why = ctx.unavailable(refOf(kind, trim.defaults[kind]));
      if (why) issues.push(`trim ${trim.code}: default ${kind} ${trim.defaults[kind]} is not orderable (${why.en})`);
    }
    const orderables: ItemRef[] = [...catalogue.options.map((o) => refOf('option', o.code)), ...catalogue.packs.map((p) => refOf('pack', p.code))];
    for (const ref of orderables) {
      if (ctx.unavailable(ref) || (splitRef(ref).kind === 'option' && ctx.standard.has(splitRef(ref).code))) continue;
      const closure = requirementClosure(ix, ref, (r) => splitRef(r).kind === 'option' && ctx.standard.has(splitRef(r).code));
      for (const [n, c] of closure.entries()) {
        const why = ctx.unavailable(c.ref);
        if (why) issues.push(`trim ${trim.code}: ${ref} needs ${c.ref}, which is not orderable (${why.en})`);
        const clash = closure.slice(0, n).find((d) => conflicts(ix, c.ref, d.ref));
        if (clash) issues.push(`trim ${trim.code}: ${ref} needs both ${c.ref} and ${clash.ref}, which exclude each other`);
      }
      const pack = splitRef(ref).kind === 'pack' ? ix.packs.get(splitRef(ref).code) : undefined;
      if (pack) {
        const separately = pack.includes.reduce((sum, o) => sum + (ctx.priceCents(refOf('option', o)) ?? 0), 0);
        if (separately <= pack.priceCents) issues.push(`trim ${trim.code}: pack ${pack.code} saves nothing (${separately} vs ${pack.priceCents})`);
      }
    }
  }
  return issues;
}
