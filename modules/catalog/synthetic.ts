import { co2Grids } from './data/fiscal/co2-grids';
import { massGrids } from './data/fiscal/mass-grids';
import { purchaseAids } from './data/fiscal/purchase-aid';
import type { Catalogue, Energy, ItemRef, Option, Pack, RequirementRef, Trim } from './types';
import { mulberry32 } from '@/lib/random';

/**
 * A large, deterministic, rule-heavy catalogue for benchmarks and property tests: hundreds of
 * options with requirement chains, exclusions (between options, with wheels and interiors),
 * trim restrictions, standard equipment and non-overlapping packs. Exclusions that would make an
 * option impossible to select (both ends inside one requirement closure) are not generated.
 */
export type SyntheticSpec = { readonly options?: number; readonly packs?: number; readonly trims?: number; readonly seed?: number };


const ENERGIES: readonly Energy[] = ['petrol', 'hybrid', 'ev', 'phev'];

export function createSyntheticCatalogue(spec: SyntheticSpec = {}): Catalogue {
  const optionCount = spec.options ?? 300;
  const packCount = spec.packs ?? 30;
  const trimCount = spec.trims ?? 4;
  const rnd = mulberry32(spec.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  };
  const oc = (i: number) => `o${String(i).padStart(3, '0')}`;
  const name = (s: string) => ({ fr: s, en: s });
  const trimCodes = Array.from({ length: trimCount }, (_, i) => `syn-t${i}`);

  type Draft = { code: string; priceCents: number; requires: RequirementRef[]; excludes: ItemRef[]; excludedTrims: string[]; energies?: Energy[] };
  const drafts: Draft[] = Array.from({ length: optionCount }, (_, i) => {
    const d: Draft = { code: oc(i), priceCents: int(1, 400) * 500, requires: [], excludes: [], excludedTrims: [] };
    // Requirements only point backwards: no cycles, chains up to a few levels deep.
    if (i > 0 && rnd() < 0.25) for (let n = int(1, 2); n > 0; n--) d.requires.push(`option:${oc(int(0, i - 1))}`);
    if (rnd() < 0.1) d.excludedTrims.push(pick(trimCodes));
    if (rnd() < 0.04) d.energies = ['ev', 'phev'];
    return d;
  });

  const packContents: string[][] = [];
  const pool = drafts.map((d) => d.code);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = int(0, i);
    [pool[i], pool[j]] = [pool[j] ?? '', pool[i] ?? ''];
  }
  for (let p = 0; p < packCount && pool.length >= 3; p++) packContents.push(pool.splice(0, int(3, 5)));
  // A few options need a pack, like the head-up display needs the Tech pack.
  for (const d of drafts) if (rnd() < 0.03 && packContents.length > 0) d.requires.push(`pack:syn-p${int(0, packContents.length - 1)}`);

  const byCode = new Map(drafts.map((d) => [d.code, d]));
  // Everything an item brings along (requirements, pack contents), to keep exclusions satisfiable.
  const closureOf = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const ref = stack.pop();
      if (ref === undefined || seen.has(ref)) continue;
      seen.add(ref);
      if (ref.startsWith('pack:')) for (const c of packContents[Number(ref.slice('pack:syn-p'.length))] ?? []) stack.push(`option:${c}`);
      for (const r of byCode.get(ref.slice('option:'.length))?.requires ?? []) stack.push(r);
    }
    return seen;
  };
  const closures = [
    ...drafts.map((d) => closureOf(`option:${d.code}`)),
    ...packContents.map((_, p) => closureOf(`pack:syn-p${p}`)),
  ];
  for (const d of drafts) {
    if (rnd() < 0.1) {
      const other = `option:${oc(int(0, optionCount - 1))}` as const;
      const self = `option:${d.code}`;
      if (other !== self && !closures.some((c) => c.has(self) && c.has(other))) d.excludes.push(other);
    }
    if (rnd() < 0.03) d.excludes.push('wheels:syn-w3');
    if (rnd() < 0.02) d.excludes.push('interior:syn-i0');
  }

  const options: Option[] = drafts.map((d) => ({
    code: d.code,
    category: 'comfort',
    name: name(`Option ${d.code}`),
    inSentence: name(`l’option ${d.code}`),
    description: name(''),
    priceCents: d.priceCents,
    ...(d.excludedTrims.length > 0 || d.energies ? { availability: { excludedTrims: d.excludedTrims, ...(d.energies ? { energies: d.energies } : {}) } } : {}),
    ...(d.requires.length > 0 ? { requires: d.requires } : {}),
    ...(d.excludes.length > 0 ? { excludes: d.excludes } : {}),
    co2DeltaG: rnd() < 0.2 ? 1 : 0,
  }));
  const packs: Pack[] = packContents.map((includes, p) => ({
    code: `syn-p${p}`,
    name: name(`Pack ${p}`),
    inSentence: name(`le pack ${p}`),
    description: name(''),
    includes,
    priceCents: Math.floor((includes.reduce((s, c) => s + (byCode.get(c)?.priceCents ?? 0), 0) * 0.85) / 100) * 100,
  }));
  const inPack = new Set(packContents.flat());
  const trims: Trim[] = trimCodes.map((code, t) => ({
    code,
    model: 'synthetic',
    name: name(`Trim ${t}`),
    energy: ENERGIES[t % ENERGIES.length] ?? 'petrol',
    specs: { powerKw: 100 + 20 * t, powerHp: Math.round((100 + 20 * t) * 1.35962), co2GKm: t % 4 === 2 ? 0 : 110 + 15 * t, zeroTo100S: 9 - t, massInRunningOrderKg: 1500 + 100 * t, topSpeedKmh: 180 },
    basePriceCents: 3_000_000 + 500_000 * t,
    // Standard kit is drawn outside packs so that most packs stay orderable.
    standardOptions: drafts.filter((d) => !inPack.has(d.code) && d.requires.length === 0 && d.excludes.length === 0 && rnd() < 0.03).map((d) => d.code),
    defaults: { paint: 'syn-p0', wheels: 'syn-w0', interior: 'syn-i1' },
  }));
  const allOn = (priceCents: number, extra: object = {}) => ({ synthetic: { priceCents, ...extra } });
  return {
    version: `synthetic-${optionCount}`,
    currency: 'EUR',
    vatRatePercent: 20,
    models: [{ code: 'synthetic', name: name('Synthetic'), tagline: name(''), bodyStyle: 'suv', ecoScoreEligible: true, trims }],
    paints: Array.from({ length: 6 }, (_, i) => ({ code: `syn-p${i}`, name: name(`Paint ${i}`), finish: 'metallic' as const, hex: '#777777', offers: allOn(i * 50_000) })),
    wheels: Array.from({ length: 4 }, (_, i) => ({
      code: `syn-w${i}`,
      name: name(`Wheel ${i}`),
      fitments: { synthetic: { inches: 17 + i, priceCents: i * 60_000, co2DeltaG: i, ...(i === 3 ? { trims: trimCodes.slice(1) } : {}) } },
    })),
    interiors: Array.from({ length: 3 }, (_, i) => ({ code: `syn-i${i}`, name: name(`Interior ${i}`), material: i === 0 ? ('fabric' as const) : ('leather' as const), hex: '#333333', accentHex: '#999999', offers: allOn(i * 80_000) })),
    options,
    packs,
    fiscal: { co2Grids, massGrids, aids: purchaseAids },
  };
}
