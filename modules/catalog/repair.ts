import type { AdjustmentWriter } from './adjustments';
import { conflicts, isKnownRef, isOrderable, Presence, refOf, splitRef, type CatalogueIndex } from './catalogue-index';
import { phraseOf } from './phrases';
import { capitalize, map2 } from './text';
import { isProvided, type TrimContext } from './trim-context';
import type { Configuration, ItemRef, Localized, RequirementRef } from './types';

/**
 * The one algorithm behind every change and every normalisation: take a wished-for configuration
 * (possibly invalid), keep what the caller locked, and settle everything else into a valid
 * configuration, recording each thing it had to change.
 *
 * Order of precedence: locked items > trim > paint/wheels/interior > items in the order given
 * (callers put packs before options). Requirements are added when they fit, otherwise the item that
 * needs them goes. Redundant options (inside a selected pack or standard on the trim) are folded in.
 */

export const ATTRS = ['paint', 'wheels', 'interior'] as const;
export type AttrKind = (typeof ATTRS)[number];

export type Draft = {
  readonly paint: string;
  readonly wheels: string;
  readonly interior: string;
  /** Attributes nobody chose (missing from a URL): pick one that suits the items, silently. */
  readonly softAttrs?: ReadonlySet<AttrKind>;
  /** Options and packs, most important first. */
  readonly items: readonly ItemRef[];
};

export type LockedItem = { readonly ref: ItemRef; readonly requiredBy?: ItemRef };

export type RepairRequest = {
  /** Must stay, in this order (an option/pack and its requirements, or one paint/wheels/interior). */
  readonly locked?: readonly LockedItem[];
  /** Must not come back (the item being removed). */
  readonly forbidden?: ReadonlySet<ItemRef>;
};

export type RepairOutcome = { readonly ok: true; readonly configuration: Configuration } | { readonly ok: false; readonly reason: Localized };

/** `start` plus everything it transitively needs that `provided` does not already cover. */
export function requirementClosure(
  ix: CatalogueIndex,
  start: ItemRef,
  provided: (r: RequirementRef) => boolean,
  requiredBy?: ItemRef,
): LockedItem[] {
  const out: LockedItem[] = [];
  const seen = new Set<ItemRef>();
  const stack: LockedItem[] = [requiredBy ? { ref: start, requiredBy } : { ref: start }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || seen.has(item.ref)) continue;
    seen.add(item.ref);
    out.push(item);
    for (const r of ix.requirements(item.ref)) if (!seen.has(r) && !provided(r)) stack.push({ ref: r, requiredBy: item.ref });
  }
  return out;
}

function pickAttr(ctx: TrimContext, kind: AttrKind, avoid: readonly ItemRef[]): string | undefined {
  const all = kind === 'paint' ? ctx.ix.catalogue.paints : kind === 'wheels' ? ctx.ix.catalogue.wheels : ctx.ix.catalogue.interiors;
  for (const code of [ctx.trim.defaults[kind], ...all.map((x) => x.code)]) {
    const ref = refOf(kind, code);
    if (ctx.unavailable(ref) === null && !avoid.some((o) => conflicts(ctx.ix, o, ref))) return code;
  }
  return undefined;
}

const ATTR_LABEL: Record<AttrKind, Localized> = {
  paint: { fr: 'peinture', en: 'paint' },
  wheels: { fr: 'jantes', en: 'wheels' },
  interior: { fr: 'sellerie', en: 'upholstery' },
};

export function repair(ctx: TrimContext, draft: Draft, request: RepairRequest, out: AdjustmentWriter): RepairOutcome {
  const { ix } = ctx;
  const locked = request.locked ?? [];
  const forbidden = request.forbidden ?? new Set<ItemRef>();
  const lockedSet = new Set(locked.map((l) => l.ref));
  const lockedOrderables = locked.map((l) => l.ref).filter(isOrderable);
  for (const [n, l] of locked.entries()) {
    const reason = ctx.unavailable(l.ref);
    if (reason) return { ok: false, reason };
    const clash = locked.slice(0, n).find((m) => conflicts(ix, l.ref, m.ref));
    if (clash) return { ok: false, reason: map2(out.incompatibleWith(clash.ref), capitalize) };
  }

  // 1. Paint, wheels, interior: available on the trim and compatible with what is locked.
  const attrs: Record<AttrKind, string> = { paint: draft.paint, wheels: draft.wheels, interior: draft.interior };
  for (const kind of ATTRS) {
    const ref = refOf(kind, attrs[kind]);
    if (lockedSet.has(ref)) continue;
    const soft = draft.softAttrs?.has(kind) ?? false;
    const avoid = soft
      ? [...lockedOrderables, ...draft.items.filter((i) => isOrderable(i) && ctx.unavailable(i) === null)]
      : lockedOrderables;
    let problem = ctx.unavailable(ref);
    const cause = problem ? undefined : avoid.find((o) => conflicts(ix, o, ref));
    if (cause) problem = out.incompatibleWith(cause);
    if (!problem) continue;
    const next = pickAttr(ctx, kind, avoid) ?? (soft ? pickAttr(ctx, kind, lockedOrderables) : undefined);
    if (next === undefined) {
      const l = ATTR_LABEL[kind];
      return { ok: false, reason: { fr: `Impossible : aucun choix de ${l.fr} compatible`, en: `Not possible: no compatible ${l.en}` } };
    }
    if (!soft) out.replaced(ref, refOf(kind, next), isKnownRef(ix, ref), problem, cause);
    attrs[kind] = next;
  }
  const attrRefs: ItemRef[] = ATTRS.map((k) => refOf(k, attrs[k]));

  // 2. Options and packs, in order of precedence.
  const kept: ItemRef[] = [];
  const keptSet = new Set<ItemRef>();
  const presentOptions = new Set<string>();
  const presentPacks = new Set<string>();
  const presence = new Presence(ix);
  const keep = (ref: ItemRef) => {
    kept.push(ref);
    keptSet.add(ref);
    presence.add(ref);
    const { kind, code } = splitRef(ref);
    (kind === 'pack' ? presentPacks : presentOptions).add(code);
  };
  const drop = (ref: ItemRef) => {
    kept.splice(kept.indexOf(ref), 1);
    keptSet.delete(ref);
    presence.remove(ref);
    const { kind, code } = splitRef(ref);
    (kind === 'pack' ? presentPacks : presentOptions).delete(code);
  };
  for (const ref of lockedOrderables) keep(ref);

  const unbundled = new Map<ItemRef, ItemRef>();
  const queue: { ref: ItemRef; fromPack?: ItemRef }[] = draft.items.map((ref) => ({ ref }));
  const seen = new Set<ItemRef>();
  for (let i = 0; i < queue.length; i++) {
    const entry = queue[i];
    if (!entry) continue;
    const { ref, fromPack } = entry;
    if (seen.has(ref) || keptSet.has(ref) || forbidden.has(ref)) continue;
    seen.add(ref);
    const reason = ctx.unavailable(ref);
    if (reason) {
      if (fromPack) continue;
      if (!isKnownRef(ix, ref)) {
        out.removedUnknown(ref);
        continue;
      }
      out.removedUnavailable(ref, reason);
      // A pack the trim no longer offers: keep what can be kept of it, one option at a time.
      const pack = splitRef(ref).kind === 'pack' ? ix.packs.get(splitRef(ref).code) : undefined;
      for (const content of pack?.includes ?? []) {
        if (!ctx.standard.has(content)) queue.push({ ref: refOf('option', content), fromPack: ref });
      }
      continue;
    }
    const clash = attrRefs.find((a) => conflicts(ix, ref, a)) ?? presence.firstClash(ref);
    if (clash) {
      if (!fromPack) out.removedExcluded(ref, clash);
      continue;
    }
    keep(ref);
    if (fromPack) unbundled.set(ref, fromPack);
  }

  // 3. Requirements, to a fixpoint. Anything dropped stays dropped, so this terminates.
  const dropped = new Set<ItemRef>(forbidden);
  const provided = (r: RequirementRef) => isProvided(ctx, r, presentOptions, presentPacks);
  const canAdd = (ref: ItemRef) =>
    !dropped.has(ref) &&
    ctx.unavailable(ref) === null &&
    !attrRefs.some((a) => conflicts(ix, ref, a)) &&
    presence.firstClash(ref) === undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ref of [...kept]) {
      if (!keptSet.has(ref)) continue;
      const missing = ix.requirements(ref).find((r) => !provided(r));
      if (missing === undefined) continue;
      changed = true;
      const closure = requirementClosure(ix, missing, provided, ref);
      const consistent = closure.every((c, n) => canAdd(c.ref) && closure.slice(0, n).every((d) => !conflicts(ix, c.ref, d.ref)));
      if (consistent) {
        for (const c of closure) {
          keep(c.ref);
          if (c.requiredBy) out.addedRequired(c.ref, c.requiredBy);
        }
      } else if (lockedSet.has(ref)) {
        const a = phraseOf(ix, ref, ctx.model.code);
        const b = phraseOf(ix, missing, ctx.model.code);
        return {
          ok: false,
          reason: {
            fr: `${capitalize(a.fr)} nécessite ${b.fr} : ajout impossible sur cette configuration`,
            en: `${capitalize(a.en)} requires ${b.en}, which cannot be added to this configuration`,
          },
        };
      } else {
        drop(ref);
        dropped.add(ref);
        out.removedDependent(ref, missing);
      }
    }
  }

  // 4. Fold in options that a selected pack or the trim already supplies.
  const options: string[] = [];
  for (const ref of kept) {
    const { kind, code } = splitRef(ref);
    if (kind !== 'option') continue;
    const pack = (ix.packsContaining.get(code) ?? []).find((p) => presentPacks.has(p));
    if (ctx.standard.has(code)) out.includedInTrim(ref, `trim:${ctx.trim.code}`);
    else if (pack !== undefined) {
      if (!unbundled.has(ref)) out.includedInPack(ref, refOf('pack', pack));
    } else {
      options.push(code);
      const from = unbundled.get(ref);
      if (from) out.addedFromPack(ref, from);
    }
  }
  const byOrder = (order: ReadonlyMap<string, number>) => (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return {
    ok: true,
    configuration: {
      model: ctx.model.code,
      trim: ctx.trim.code,
      paint: attrs.paint,
      wheels: attrs.wheels,
      interior: attrs.interior,
      options: options.sort(byOrder(ix.optionOrder)),
      packs: [...presentPacks].sort(byOrder(ix.packOrder)),
    },
  };
}
