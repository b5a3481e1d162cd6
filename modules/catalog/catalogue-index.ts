import type {
  CarModel,
  Catalogue,
  Interior,
  ItemKind,
  ItemRef,
  Option,
  Pack,
  Paint,
  RequirementRef,
  Trim,
  Wheel,
} from './types';

/** Lookups and rule closures derived once per catalogue object (the rules run on every click). */
export type CatalogueIndex = {
  readonly catalogue: Catalogue;
  readonly models: ReadonlyMap<string, CarModel>;
  readonly trims: ReadonlyMap<string, Trim>;
  readonly paints: ReadonlyMap<string, Paint>;
  readonly wheels: ReadonlyMap<string, Wheel>;
  readonly interiors: ReadonlyMap<string, Interior>;
  readonly options: ReadonlyMap<string, Option>;
  readonly packs: ReadonlyMap<string, Pack>;
  /** Position of each option / pack code in the catalogue: the canonical order. */
  readonly optionOrder: ReadonlyMap<string, number>;
  readonly packOrder: ReadonlyMap<string, number>;
  /** Pack codes that contain an option code. */
  readonly packsContaining: ReadonlyMap<string, readonly string[]>;
  /** An option is itself; a pack is itself plus its contents. */
  effective(ref: ItemRef): readonly ItemRef[];
  /** Everything the item (or, for a pack, any of its contents) cannot be combined with. Symmetric. */
  exclusions(ref: ItemRef): ReadonlySet<ItemRef>;
  /** What must also be present; a pack needs what its contents need, minus its contents. */
  requirements(ref: ItemRef): readonly RequirementRef[];
};

// Refs are built and split on every rule check: memoised so that a click allocates little (GC
// pauses were the benchmark's tail). Bounded, since unknown codes can come from any URL.
const MAX_MEMO = 20_000;
const refMemo = new Map<string, Map<string, string>>();
const partsMemo = new Map<string, { readonly kind: string; readonly code: string }>();

export function refOf<K extends ItemKind>(kind: K, code: string): `${K}:${string}` {
  let byKind = refMemo.get(kind);
  if (!byKind) refMemo.set(kind, (byKind = new Map<string, string>()));
  let ref = byKind.get(code);
  if (ref === undefined) {
    if (byKind.size >= MAX_MEMO) byKind.clear();
    ref = `${kind}:${code}`;
    byKind.set(code, ref);
  }
  return ref as `${K}:${string}`;
}

export function splitRef(ref: string): { readonly kind: string; readonly code: string } {
  let parts = partsMemo.get(ref);
  if (!parts) {
    if (partsMemo.size >= MAX_MEMO) partsMemo.clear();
    const at = ref.indexOf(':');
    parts = { kind: ref.slice(0, at), code: ref.slice(at + 1) };
    partsMemo.set(ref, parts);
  }
  return parts;
}

export const isOrderable = (ref: ItemRef): ref is RequirementRef => ref.startsWith('option:') || ref.startsWith('pack:');

const EMPTY: ReadonlySet<ItemRef> = new Set();
const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const byCode = <T extends { code: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.code, x] as const));
  const models = byCode(catalogue.models);
  const trims = new Map(catalogue.models.flatMap((m) => m.trims.map((t) => [t.code, t] as const)));
  const options = byCode(catalogue.options);
  const packs = byCode(catalogue.packs);

  const packsContaining = new Map<string, string[]>();
  for (const pack of catalogue.packs) {
    for (const code of pack.includes) packsContaining.set(code, [...(packsContaining.get(code) ?? []), pack.code]);
  }

  // Direct exclusions, made symmetric.
  const direct = new Map<ItemRef, Set<ItemRef>>();
  const link = (a: ItemRef, b: ItemRef) => {
    let set = direct.get(a);
    if (!set) direct.set(a, (set = new Set()));
    set.add(b);
  };
  const declare = (self: ItemRef, excludes: readonly ItemRef[] | undefined) => {
    for (const other of excludes ?? []) {
      link(self, other);
      link(other, self);
    }
  };
  for (const o of catalogue.options) declare(refOf('option', o.code), o.excludes);
  for (const p of catalogue.packs) declare(refOf('pack', p.code), p.excludes);

  const effectiveCache = new Map<ItemRef, readonly ItemRef[]>();
  const effective = (ref: ItemRef): readonly ItemRef[] => {
    let eff = effectiveCache.get(ref);
    if (!eff) {
      const { kind, code } = splitRef(ref);
      const pack = kind === 'pack' ? packs.get(code) : undefined;
      eff = pack ? [ref, ...pack.includes.map((c) => refOf('option', c))] : [ref];
      effectiveCache.set(ref, eff);
    }
    return eff;
  };

  const exclusionCache = new Map<ItemRef, ReadonlySet<ItemRef>>();
  const exclusions = (ref: ItemRef): ReadonlySet<ItemRef> => {
    let set = exclusionCache.get(ref);
    if (!set) {
      const parts = effective(ref);
      if (parts.length === 1) set = direct.get(ref) ?? EMPTY;
      else {
        const union = new Set<ItemRef>();
        for (const part of parts) for (const x of direct.get(part) ?? EMPTY) union.add(x);
        set = union;
      }
      exclusionCache.set(ref, set);
    }
    return set;
  };
  const requirementCache = new Map<ItemRef, readonly RequirementRef[]>();
  const requirements = (ref: ItemRef): readonly RequirementRef[] => {
    let reqs = requirementCache.get(ref);
    if (!reqs) {
      const parts = new Set(effective(ref));
      const out = new Set<RequirementRef>();
      for (const part of parts) {
        const { kind, code } = splitRef(part);
        const item = kind === 'pack' ? packs.get(code) : kind === 'option' ? options.get(code) : undefined;
        for (const r of item?.requires ?? []) if (!parts.has(r)) out.add(r);
      }
      reqs = [...out];
      requirementCache.set(ref, reqs);
    }
    return reqs;
  };

  const index: CatalogueIndex = {
    catalogue,
    models,
    trims,
    paints: byCode(catalogue.paints),
    wheels: byCode(catalogue.wheels),
    interiors: byCode(catalogue.interiors),
    options,
    packs,
    optionOrder: new Map(catalogue.options.map((o, i) => [o.code, i] as const)),
    packOrder: new Map(catalogue.packs.map((p, i) => [p.code, i] as const)),
    packsContaining,
    effective,
    exclusions,
    requirements,
  };
  cache.set(catalogue, index);
  return index;
}

/** True when the two items (packs expanded) cannot be combined. */
export function conflicts(ix: CatalogueIndex, a: ItemRef, b: ItemRef): boolean {
  const ex = ix.exclusions(a);
  if (ex.size === 0) return false;
  for (const part of ix.effective(b)) if (ex.has(part)) return true;
  return false;
}

export function isKnownRef(ix: CatalogueIndex, ref: string): boolean {
  const { kind, code } = splitRef(ref);
  switch (kind) {
    case 'option':
      return ix.options.has(code);
    case 'pack':
      return ix.packs.has(code);
    case 'paint':
      return ix.paints.has(code);
    case 'wheels':
      return ix.wheels.has(code);
    case 'interior':
      return ix.interiors.has(code);
    default:
      return false;
  }
}

/**
 * The items present, indexed by the parts they bring (a pack brings its contents), so that finding
 * what clashes with an item costs O(its exclusions) rather than O(items present).
 */
export class Presence {
  private readonly owners = new Map<ItemRef, ItemRef[]>();
  constructor(private readonly ix: CatalogueIndex) {}

  add(ref: ItemRef): void {
    for (const part of this.ix.effective(ref)) {
      const list = this.owners.get(part);
      if (list) list.push(ref);
      else this.owners.set(part, [ref]);
    }
  }

  remove(ref: ItemRef): void {
    for (const part of this.ix.effective(ref)) {
      const list = this.owners.get(part);
      const at = list ? list.indexOf(ref) : -1;
      if (!list || at < 0) continue;
      list.splice(at, 1);
      if (list.length === 0) this.owners.delete(part);
    }
  }

  /** Every present item that cannot be combined with `ref` (itself excepted). */
  clashes(ref: ItemRef): ItemRef[] {
    const found: ItemRef[] = [];
    for (const x of this.ix.exclusions(ref)) {
      for (const owner of this.owners.get(x) ?? []) if (owner !== ref && !found.includes(owner)) found.push(owner);
    }
    return found;
  }

  firstClash(ref: ItemRef): ItemRef | undefined {
    for (const x of this.ix.exclusions(ref)) {
      for (const owner of this.owners.get(x) ?? []) if (owner !== ref) return owner;
    }
    return undefined;
  }
}
