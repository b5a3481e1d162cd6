import { indexCatalogue, refOf } from './catalogue-index';
import { checkConfiguration, type Conflict } from './check';
import { nameOf } from './phrases';
import { aidByHousehold, cappedMassTaxCents, evaluateBonus, inForceOn, malusAmountConfirmed, malusCents, massTax } from './fiscal';
import { trimContext } from './trim-context';
import { formatDecimal } from '@/lib/i18n/decimal';
import type { Catalogue, Configuration, Household, ItemRef, Localized } from './types';

/**
 * Server-side pricing from codes only: every amount comes from the catalogue, never from a client.
 *
 * Rounding (all amounts integer cents):
 * - Catalogue prices are public prices TTC; lines are summed as-is, no rounding happens there.
 * - VAT is extracted once, from the vehicle subtotal: HT = round-half-up(TTC × 100 / (100 + rate)),
 *   VAT = TTC − HT, so HT + VAT = TTC to the cent (per-line VAT would drift by rounding).
 * - The CO2 and mass taxes (registration taxes) and the EV aid are outside the scope of VAT: they are
 *   added / deducted after the subtotal TTC, in whole euros as published, converted to cents.
 * - totalCents = sum of all lines' amountCents (tax lines positive, aid line negative).
 *
 * Dates (see fiscal.ts): the taxes follow the grids in force on the expected registration date, the
 * aid the rule in force on the day the price is shown. Both dates are inputs: pricing reads no clock.
 */

export type PriceLineKind = 'base' | 'paint' | 'wheels' | 'interior' | 'pack' | 'option' | 'malus' | 'malus-mass' | 'bonus';

/** A car in stock is registered now; a factory-ordered one at delivery. */
export type RegistrationBasis = 'stock' | 'factory-order';

export type PricingContext = {
  /** YYYY-MM-DD: the day the price is shown, i.e. the order date. Picks the purchase aid. */
  readonly today: string;
  /** YYYY-MM-DD: expected first registration in France. Picks the CO2 and mass grids. */
  readonly registrationDate: string;
  readonly basis: RegistrationBasis;
  /** The buyer's household category for the aid; 'standard' (the lowest amount) when not said. */
  readonly household?: Household;
};

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
  /** The dates and basis the taxes and aid were computed for (snapshot them with an order). */
  readonly registration: { readonly date: string; readonly basis: RegistrationBasis; readonly today: string };
  /** CO2 tax ("malus écologique"). */
  readonly malusCents: number;
  /** `amountConfirmed`: false when the grid row was derived rather than read in the enacted text (see data/fiscal/co2-grids.ts). */
  readonly malus: { readonly year: number; readonly source: string; readonly amountConfirmed: boolean };
  /** Weight tax, after the combined CO2 + mass cap. */
  readonly massMalusCents: number;
  readonly massMalus: {
    readonly year: number;
    readonly source: string;
    readonly massInRunningOrderKg: number;
    readonly abatementKg: number;
    readonly taxableMassKg: number;
    readonly exempt: boolean;
    /** The combined cap lowered the weight tax. */
    readonly capped: boolean;
  };
  /** Positive amount deducted (0 when not eligible). */
  readonly bonusCents: number;
  readonly bonus: {
    readonly eligible: boolean;
    readonly household: Household;
    readonly note: Localized;
    readonly source: string | null;
    /** The aid for each household category (0 when the car is not eligible), so a page can let the buyer pick. */
    readonly byHousehold: Readonly<Record<Household, number>>;
  };
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

/**
 * Mass in running order of a configuration, kg: the trim's figure plus the chosen options that the EU
 * definition puts inside it (the coupling: Reg. (EU) No 1230/2012 art. 2(4)). Other options' mass is
 * optional equipment and stays out of the weight tax.
 */
export function configuredMassInRunningOrder(catalogue: Catalogue, configuration: Configuration): number {
  const ix = indexCatalogue(catalogue);
  const trim = ix.trims.get(configuration.trim);
  if (!trim) return 0;
  let kg = trim.specs.massInRunningOrderKg;
  const chosen = [...configuration.options, ...configuration.packs.flatMap((p) => ix.packs.get(p)?.includes ?? [])];
  for (const code of new Set(chosen)) {
    const option = ix.options.get(code);
    if (option?.inMassInRunningOrder && !trim.standardOptions.includes(code)) kg += option.massKg ?? 0;
  }
  return kg;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A calendar date for labels (no time zone involved): « 01/03/2027 » in French, « 1 Mar 2027 » in
 * English, where « 01/03/2027 » would read as January 3rd to part of the readers.
 */
export function displayDate(isoDate: string, locale: 'fr' | 'en' = 'fr'): string {
  const [y = '', m = '', d = ''] = isoDate.split('-');
  return locale === 'fr' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** Kilograms with the locale's thousands separator: « 1 640 kg » / « 1,640 kg ». */
const kilograms = (kg: number): Localized => ({ fr: `${formatDecimal(kg, 'fr', { maximumFractionDigits: 0 })}\u00a0kg`, en: `${formatDecimal(kg, 'en', { maximumFractionDigits: 0 })} kg` });

/**
 * Throws InvalidConfigurationError when the configuration breaks a rule (normalise it first), and a
 * RangeError when no CO2 or mass grid covers the registration date.
 */
export function priceConfiguration(catalogue: Catalogue, configuration: Configuration, context: PricingContext): PriceBreakdown {
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

  const when = context.registrationDate;
  const grid = inForceOn(catalogue.fiscal.co2Grids, when);
  const massGrid = inForceOn(catalogue.fiscal.massGrids, when);
  if (!grid || !massGrid) throw new RangeError(`No malus grid covers a registration on ${when}`);
  const co2 = configuredCo2(catalogue, configuration);
  const malus = malusCents(grid, co2);
  // A derived row is an estimate: the line says so rather than passing it off as the law's figure.
  const confirmed = malusAmountConfirmed(grid, co2);
  const toConfirm = confirmed ? { fr: '', en: '' } : { fr: ' — montant à confirmer', en: ' — amount to be confirmed' };
  const registered = context.basis === 'stock'
    ? { fr: `véhicule en stock, immatriculé le ${displayDate(when)}`, en: `car in stock, registered on ${displayDate(when, 'en')}` }
    : { fr: `commande usine, immatriculation prévue le ${displayDate(when)}`, en: `factory order, registration expected on ${displayDate(when, 'en')}` };
  if (malus > 0) {
    lines.push({
      kind: 'malus',
      code: `malus-co2-${grid.year}`,
      label: {
        fr: `Malus CO₂, barème ${grid.year} (${co2} g/km ; ${registered.fr})${toConfirm.fr}`,
        en: `French CO₂ tax, ${grid.year} grid (${co2} g/km; ${registered.en})${toConfirm.en}`,
      },
      amountCents: malus,
    });
  }
  const massKg = configuredMassInRunningOrder(catalogue, configuration);
  const mass = massTax(massGrid, {
    energy: trim.energy,
    massInRunningOrderKg: massKg,
    ...(trim.specs.rangeKm === undefined ? {} : { electricRangeKm: trim.specs.rangeKm }),
    ...(trim.specs.electricMotorKw === undefined ? {} : { electricMotorKw: trim.specs.electricMotorKw }),
  });
  const massMalus = cappedMassTaxCents(grid, malus, mass.cents);
  if (massMalus > 0) {
    const abated = mass.abatementKg > 0 ? { fr: `, abattement hybride de ${kilograms(mass.abatementKg).fr}`, en: `, ${kilograms(mass.abatementKg).en} hybrid abatement` } : { fr: '', en: '' };
    lines.push({
      kind: 'malus-mass',
      code: `malus-masse-${massGrid.year}`,
      label: {
        fr: `Malus au poids, barème ${massGrid.year} (masse en ordre de marche ${kilograms(massKg).fr}${abated.fr} ; ${registered.fr})`,
        en: `French weight tax, ${massGrid.year} grid (mass in running order ${kilograms(massKg).en}${abated.en}; ${registered.en})`,
      },
      amountCents: massMalus,
    });
  }
  const household = context.household ?? 'standard';
  const rule = inForceOn(catalogue.fiscal.aids, context.today);
  const europeanBattery = model.europeanBattery === true;
  const bonus = evaluateBonus(rule, { energy: trim.energy, ecoScore: model.ecoScoreEligible, massInRunningOrderKg: massKg, priceTTCCents: subtotalTTCCents, europeanBattery }, household);
  if (bonus.amountCents > 0 && rule) {
    lines.push({ kind: 'bonus', code: 'bonus-ev', label: { fr: `${rule.name.fr} — estimation à confirmer`, en: `${rule.name.en} — estimate, to be confirmed` }, amountCents: -bonus.amountCents });
  }

  return {
    catalogueVersion: catalogue.version,
    lines,
    subtotalTTCCents,
    subtotalHTCents,
    vatCents: subtotalTTCCents - subtotalHTCents,
    vatRatePercent: catalogue.vatRatePercent,
    co2,
    registration: { date: when, basis: context.basis, today: context.today },
    malusCents: malus,
    malus: { year: grid.year, source: grid.source, amountConfirmed: confirmed },
    massMalusCents: massMalus,
    massMalus: {
      year: massGrid.year,
      source: massGrid.source,
      massInRunningOrderKg: massKg,
      abatementKg: mass.abatementKg,
      taxableMassKg: mass.taxableMassKg,
      exempt: mass.exempt,
      capped: massMalus < mass.cents,
    },
    bonusCents: bonus.amountCents,
    bonus: {
      eligible: bonus.amountCents > 0,
      household,
      note: bonus.note,
      source: rule?.source ?? null,
      byHousehold: bonus.amountCents > 0 && rule ? aidByHousehold(rule, europeanBattery) : { standard: 0, modest: 0, precarious: 0 },
    },
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
    totalSavingsCents: lines.reduce((sum, l) => sum + (l.savingsCents ?? 0), 0),
  };
}
