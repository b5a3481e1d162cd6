/**
 * French registration taxes and the EV purchase aid, as pure functions of the data in
 * data/fiscal/ (each grid there carries its legal source and validity dates).
 *
 * Which date picks which rule:
 * - the CO2 and mass taxes are due at first registration in France: the grid is the one in force on
 *   the expected registration date (a car in stock: today; a factory order: its delivery date);
 * - the purchase aid is granted on the order: the rule in force on the day the price is shown.
 */
import { euros } from './text';
import type { BonusRule, Energy, Household, Localized, MalusGrid, MassGrid } from './types';

export const HOUSEHOLDS = ['standard', 'modest', 'precarious'] as const satisfies readonly Household[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The entry in force on `date` (YYYY-MM-DD; ISO dates compare as strings). */
export function inForceOn<T extends { readonly effectiveFrom: string; readonly effectiveTo: string | null }>(entries: readonly T[], date: string): T | undefined {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return entries.find((e) => e.effectiveFrom <= date && (e.effectiveTo === null || date <= e.effectiveTo));
}

/** CO2 tax in cents for a WLTP CO2 value (g/km, rounded to the unit as on the registration certificate, CIBS art. L421-8). */
export function malusCents(grid: MalusGrid, co2GKm: number): number {
  const g = Math.round(co2GKm);
  if (g < grid.thresholdGKm) return 0;
  if (g >= grid.capFromGKm) return grid.capEuros * 100;
  return (grid.amountsEuros[g - grid.thresholdGKm] ?? grid.capEuros) * 100;
}

/** False when the amount for this CO2 value comes from a grid row that was derived, not read in the enacted text. */
export function malusAmountConfirmed(grid: MalusGrid, co2GKm: number): boolean {
  const g = Math.round(co2GKm);
  return !(grid.unconfirmedGKm ?? []).some(([from, to]) => from <= g && g <= to);
}

export type MassFacts = {
  readonly energy: Energy;
  readonly massInRunningOrderKg: number;
  /** Plug-in hybrids: electric-only range, km. */
  readonly electricRangeKm?: number;
  /** Hybrids: maximum net power of the electric motor, kW (unknown = no abatement where the grid asks for it). */
  readonly electricMotorKw?: number;
};

export type MassTax = {
  readonly cents: number;
  /** Kilograms deducted before the grid applies (hybrids). */
  readonly abatementKg: number;
  readonly taxableMassKg: number;
  readonly exempt: boolean;
};

/** The abatement for this car under this grid, kg. */
function abatementKg(grid: MassGrid, car: MassFacts): number {
  if (car.energy === 'phev' && (car.electricRangeKm ?? 0) > grid.longRangePhevAbatement.minElectricRangeKm) {
    const { kg, maxPctOfMass } = grid.longRangePhevAbatement;
    return Math.min(kg, Math.floor((car.massInRunningOrderKg * maxPctOfMass) / 100));
  }
  if (car.energy !== 'hybrid' && car.energy !== 'phev') return 0;
  const minKw = grid.otherHybridMinElectricMotorKw;
  // From 2027 a micro-hybrid (small electric motor) loses the abatement; a missing figure counts as small.
  if (minKw !== null && !((car.electricMotorKw ?? 0) > minKw)) return 0;
  return grid.otherHybridAbatementKg ?? 0;
}

/**
 * Weight tax before the combined cap: each band taxes the kilograms from its first one up to the
 * mass (both included, as in service-public.fr's example: 1 900 to 1 950 kg = 51 kg).
 */
export function massTax(grid: MassGrid, car: MassFacts): MassTax {
  if (car.energy === 'ev' && grid.electricExempt) return { cents: 0, abatementKg: 0, taxableMassKg: 0, exempt: true };
  const abatement = abatementKg(grid, car);
  const mass = car.massInRunningOrderKg - abatement;
  let euros = 0;
  grid.bands.forEach((band, i) => {
    const nextFrom = grid.bands[i + 1]?.fromKg ?? Number.POSITIVE_INFINITY;
    const top = Math.min(mass, nextFrom - 1);
    if (top >= band.fromKg) euros += (top - band.fromKg + 1) * band.eurosPerKg;
  });
  return { cents: euros * 100, abatementKg: abatement, taxableMassKg: mass, exempt: false };
}

/** CIBS art. L421-74: the mass tax is reduced so that CO2 + mass taxes do not exceed the CO2 grid's highest tariff. */
export function cappedMassTaxCents(co2Grid: MalusGrid, co2TaxCents: number, massTaxCents: number): number {
  return Math.max(0, Math.min(massTaxCents, co2Grid.capEuros * 100 - co2TaxCents));
}

export type AidFacts = {
  readonly energy: string;
  readonly ecoScore: boolean;
  readonly massInRunningOrderKg: number;
  readonly priceTTCCents: number;
  /** Car and battery made in the EEA (maker data). */
  readonly europeanBattery: boolean;
};

/** The aid for each household category, European battery bonification included when it applies. */
export function aidByHousehold(rule: BonusRule, europeanBattery: boolean): Record<Household, number> {
  const extra = europeanBattery ? rule.europeanBatteryBonusCents : null;
  return {
    standard: rule.amountCents.standard + (extra?.standard ?? 0),
    modest: rule.amountCents.modest + (extra?.modest ?? 0),
    precarious: rule.amountCents.precarious + (extra?.precarious ?? 0),
  };
}

const HOUSEHOLD_NAMES: Readonly<Record<Household, Localized>> = {
  standard: { fr: 'autres ménages', en: 'other households' },
  modest: { fr: 'ménage modeste', en: 'modest-income household' },
  precarious: { fr: 'ménage en situation de précarité énergétique', en: 'household in energy precarity' },
};

export const householdName = (household: Household): Localized => HOUSEHOLD_NAMES[household];

/** The EV aid for a car, with a FR/EN note saying why it applies or not; amounts are estimates to confirm at order. */
export function evaluateBonus(rule: BonusRule | undefined, car: AidFacts, household: Household): { amountCents: number; note: Localized } {
  const no = (fr: string, en: string) => ({ amountCents: 0, note: { fr, en } });
  if (!rule) return no('Aucune aide à l’achat en vigueur à cette date', 'No purchase aid in force on that date');
  if (!rule.energies.some((e) => e === car.energy)) return no('Aide réservée aux voitures 100 % électriques', 'Aid reserved for fully electric cars');
  if (rule.requiresEcoScore && !car.ecoScore) return no('Score environnemental insuffisant', 'Environmental score too low');
  if (car.massInRunningOrderKg >= rule.maxWeightKgExclusive) {
    return no(
      `Masse en ordre de marche de ${car.massInRunningOrderKg} kg : l’aide exige moins de ${rule.maxWeightKgExclusive} kg`,
      `Mass in running order ${car.massInRunningOrderKg} kg: the aid needs under ${rule.maxWeightKgExclusive} kg`,
    );
  }
  if (car.priceTTCCents > rule.maxPriceTTCCents) {
    const cap = euros(rule.maxPriceTTCCents);
    return no(`Prix supérieur à ${cap.fr} TTC : pas d’aide à l’achat`, `Price above ${cap.en} incl. VAT: no purchase aid`);
  }
  const amount = aidByHousehold(rule, car.europeanBattery)[household];
  const a = euros(amount);
  const who = HOUSEHOLD_NAMES[household];
  const extra = car.europeanBattery ? rule.europeanBatteryBonusCents?.[household] ?? 0 : 0;
  const battery = extra > 0
    ? { fr: `, dont ${euros(extra).fr} de bonification batterie européenne`, en: `, including ${euros(extra).en} European battery bonus` }
    : { fr: '', en: '' };
  return {
    amountCents: amount,
    note: {
      fr: `Estimation : ${a.fr} déduits (${who.fr}${battery.fr}), montant à confirmer à la commande`,
      en: `Estimate: ${a.en} deducted (${who.en}${battery.en}), amount to be confirmed at order`,
    },
  };
}
