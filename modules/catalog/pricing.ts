import { indexCatalogue, refOf } from './catalogue-index';
import { checkConfiguration, type Conflict } from './check';
import { nameOf } from './phrases';
import { euros } from './text';
import { trimContext } from './trim-context';
import type { BonusRule, Catalogue, Configuration, Household, ItemRef, Localized, MalusGrid } from './types';

/**
 * Server-side pricing from codes only: every amount comes from the catalogue, never from a client.
 *
 * Rounding (all amounts integer cents):
 * - Catalogue prices are public prices TTC; lines are summed as-is, no rounding happens there.
 * - VAT is extracted once, from the vehicle subtotal: HT = round-half-up(TTC × 100 / (100 + rate)),
 *   VAT = TTC − HT, so HT + VAT = TTC to the cent (per-line VAT would drift by rounding).
 * - The malus (a registration tax) and the EV aid are outside the scope of VAT: they are added /
 *   deducted after the subtotal TTC, in whole euros as published, converted to cents.
 * - totalCents = sum of all lines' amountCents (malus line positive, bonus line negative).
 */

export type PriceLineKind = 'base' | 'paint' | 'wheels' | 'interior' | 'pack' | 'option' | 'malus' | 'bonus';

export type PriceLine = {
  readonly kind: PriceLineKind;
  readonly code: string;
  readonly label: Localized;
  readonly amountCents: number;
  /** Packs: what the contents would cost one by one, minus the pack price (only when > 0). */
  readonly savingsCents?: number;
  /** Packs: option codes inside. */
  readonly includes?: readonly string[];
};

export type PriceBreakdown = {
  readonly catalogueVersion: string;
  readonly lines: readonly PriceLine[];
  /** Vehicle price TTC: base + paint + wheels + interior + packs + options. */
  readonly subtotalTTCCents: number;
  readonly subtotalHTCents: number;
  /** VAT included in subtotalTTCCents. */
  readonly vatCents: number;
  readonly vatRatePercent: number;
  /** WLTP combined CO2 of this configuration, g/km (0 for EVs). */
  readonly co2: number;
  readonly malusCents: number;
  readonly malus: { readonly year: number; readonly source: string };
  /** Positive amount deducted (0 when not eligible). */
  readonly bonusCents: number;
  readonly bonus: { readonly eligible: boolean; readonly household: Household; readonly note: Localized };
  readonly totalCents: number;
  readonly totalSavingsCents: number;
};

export class InvalidConfigurationError extends Error {
  constructor(readonly conflicts: readonly Conflict[]) {
    super(`Invalid configuration: ${conflicts.map((c) => c.message.en).join('; ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

/** HT from TTC, rounded half up to the cent. Exact for any realistic amount (< 2^53 / 200 cents). */
export function htFromTtcCents(ttcCents: number, vatRatePercent: number): number {
  const divisor = 100 + vatRatePercent;
  return Math.floor((ttcCents * 200 + divisor) / (2 * divisor));
}

/** Malus in cents for a WLTP CO2 value (g/km, rounded to the unit as on the registration form). */
export function malusCents(grid: MalusGrid, co2GKm: number): number {
  const g = Math.round(co2GKm);
  if (g < grid.thresholdGKm) return 0;
  if (g >= grid.capFromGKm) return grid.capEuros * 100;
  return (grid.amountsEuros[g - grid.thresholdGKm] ?? grid.capEuros) * 100;
}

/** WLTP CO2 of a configuration: trim figure plus the wheels' and chosen equipment's deltas. EVs: 0. */
export function configuredCo2(catalogue: Catalogue, configuration: Configuration): number {
  const ix = indexCatalogue(catalogue);
  const trim = ix.trims.get(configuration.trim);
  if (!trim) return 0;
  if (trim.energy === 'ev') return 0;
  let co2 = trim.specs.co2GKm + (ix.wheels.get(configuration.wheels)?.fitments[trim.model]?.co2DeltaG ?? 0);
  const chosen = [...configuration.options, ...configuration.packs.flatMap((p) => ix.packs.get(p)?.includes ?? [])];
  for (const code of chosen) if (!trim.standardOptions.includes(code)) co2 += ix.options.get(code)?.co2DeltaG ?? 0;
  return co2;
}

export type PricingOptions = { readonly household?: Household };

/** Throws InvalidConfigurationError when the configuration breaks a rule: normalise it first. */
export function priceConfiguration(catalogue: Catalogue, configuration: Configuration, options: PricingOptions = {}): PriceBreakdown {
  const conflicts = checkConfiguration(catalogue, configuration);
  if (conflicts.length > 0) throw new InvalidConfigurationError(conflicts);
  const ix = indexCatalogue(catalogue);
  const ctx = trimContext(ix, configuration.trim);
  if (!ctx) throw new InvalidConfigurationError([]);
  const { model, trim } = ctx;
  const price = (ref: ItemRef) => ctx.priceCents(ref) ?? 0;
  const label = (ref: ItemRef) => nameOf(ix, ref, model.code);

  const lines: PriceLine[] = [
    {
      kind: 'base',
      code: trim.code,
      label: { fr: `${model.name.fr} ${trim.name.fr}`, en: `${model.name.en} ${trim.name.en}` },
      amountCents: trim.basePriceCents,
    },
  ];
  for (const kind of ['paint', 'wheels', 'interior'] as const) {
    const ref = refOf(kind, configuration[kind]);
    lines.push({ kind, code: configuration[kind], label: label(ref), amountCents: price(ref) });
  }
  for (const code of configuration.packs) {
    const pack = ix.packs.get(code);
    if (!pack) continue;
    const separately = pack.includes.reduce((sum, o) => sum + price(refOf('option', o)), 0);
    const savings = separately - pack.priceCents;
    lines.push({
      kind: 'pack',
      code,
      label: pack.name,
      amountCents: pack.priceCents,
      includes: pack.includes,
      ...(savings > 0 ? { savingsCents: savings } : {}),
    });
  }
  for (const code of configuration.options) {
    const ref = refOf('option', code);
    lines.push({ kind: 'option', code, label: label(ref), amountCents: price(ref) });
  }
  const subtotalTTCCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const subtotalHTCents = htFromTtcCents(subtotalTTCCents, catalogue.vatRatePercent);

  const { malus: grid, bonus: rule } = catalogue.fiscal;
  const co2 = configuredCo2(catalogue, configuration);
  const malus = malusCents(grid, co2);
  if (malus > 0) {
    lines.push({
      kind: 'malus',
      code: `malus-${grid.year}`,
      label: { fr: `Malus écologique ${grid.year} (${co2} g/km)`, en: `French CO2 tax ${grid.year} (${co2} g/km)` },
      amountCents: malus,
    });
  }
  const household = options.household ?? 'standard';
  const bonus = evaluateBonus(rule, { energy: trim.energy, ecoScore: model.ecoScoreEligible, weightKg: trim.specs.weightKg, priceTTCCents: subtotalTTCCents }, household);
  if (bonus.amountCents > 0) lines.push({ kind: 'bonus', code: 'bonus-ev', label: rule.name, amountCents: -bonus.amountCents });

  return {
    catalogueVersion: catalogue.version,
    lines,
    subtotalTTCCents,
    subtotalHTCents,
    vatCents: subtotalTTCCents - subtotalHTCents,
    vatRatePercent: catalogue.vatRatePercent,
    co2,
    malusCents: malus,
    malus: { year: grid.year, source: grid.source },
    bonusCents: bonus.amountCents,
    bonus: { eligible: bonus.amountCents > 0, household, note: bonus.note },
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    totalSavingsCents: lines.reduce((sum, l) => sum + (l.savingsCents ?? 0), 0),
  };
}

export type BonusFacts = { readonly energy: string; readonly ecoScore: boolean; readonly weightKg: number; readonly priceTTCCents: number };

/** The EV aid for a car, with a FR/EN note saying why it applies or not. */
export function evaluateBonus(rule: BonusRule, car: BonusFacts, household: Household): { amountCents: number; note: Localized } {
  const no = (fr: string, en: string) => ({ amountCents: 0, note: { fr, en } });
  if (!rule.energies.some((e) => e === car.energy)) return no('Aide réservée aux voitures 100 % électriques', 'Aid reserved for fully electric cars');
  if (rule.requiresEcoScore && !car.ecoScore) return no('Score environnemental insuffisant', 'Environmental score too low');
  if (car.weightKg >= rule.maxWeightKgExclusive) {
    return no(`Masse de ${car.weightKg} kg : l’aide exige moins de ${rule.maxWeightKgExclusive} kg`, `Weighs ${car.weightKg} kg: the aid needs under ${rule.maxWeightKgExclusive} kg`);
  }
  if (car.priceTTCCents > rule.maxPriceTTCCents) {
    const cap = euros(rule.maxPriceTTCCents);
    return no(`Prix supérieur à ${cap.fr} TTC : pas d’aide à l’achat`, `Price above ${cap.en} incl. VAT: no purchase aid`);
  }
  const amount = rule.amountCents[household];
  const a = euros(amount);
  return {
    amountCents: amount,
    note: household === 'modest'
      ? { fr: `${a.fr} déduits (ménage aux revenus modestes)`, en: `${a.en} deducted (lower-income household)` }
      : { fr: `${a.fr} déduits (montant standard ; ${euros(rule.amountCents.modest).fr} pour les ménages modestes)`, en: `${a.en} deducted (standard amount; ${euros(rule.amountCents.modest).en} for lower-income households)` },
  };
}
