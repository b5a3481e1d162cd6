/** Types of the Virage catalogue and of a car configuration. All amounts are integer euro cents, TTC. */

export type Locale = 'fr' | 'en';
export type Localized = Readonly<Record<Locale, string>>;

export type Energy = 'ev' | 'hybrid' | 'phev' | 'petrol';
export type BodyStyle = 'hatchback' | 'suv' | 'sedan';
export type PaintFinish = 'solid' | 'metallic' | 'matte';
export type InteriorMaterial = 'fabric' | 'leather';
export type OptionCategory = 'comfort' | 'technology' | 'safety' | 'exterior' | 'practical' | 'performance';

/** What a rule can point at. `wheels:turbine`, `pack:hiver`, `option:attelage`... */
export type ItemKind = 'option' | 'pack' | 'paint' | 'wheels' | 'interior';
export type ItemRef = `${ItemKind}:${string}`;
/** Only options and packs can be required (paint, wheels and interior are single choices). */
export type RequirementRef = `option:${string}` | `pack:${string}`;
/** Anything an adjustment or a conflict can be about, the model and trim included. */
export type SubjectRef = ItemRef | `trim:${string}` | `model:${string}`;

/** Where an option or pack may be ordered; every listed constraint must hold. Absent = everywhere. */
export type Availability = {
  readonly models?: readonly string[];
  readonly trims?: readonly string[];
  readonly excludedTrims?: readonly string[];
  readonly energies?: readonly Energy[];
};

export type TrimSpecs = {
  readonly powerKw: number;
  readonly powerHp: number;
  /** WLTP combined CO2 of the base configuration, g/km (0 for EVs). */
  readonly co2GKm: number;
  readonly zeroTo100S: number;
  /**
   * Mass in running order ("masse en ordre de marche", box G of the registration certificate:
   * empty car with a 75 kg driver and 90 % of fuel), kg, for the trim as listed by the maker.
   * It is the base of the French weight tax (CIBS art. L421-71 et seq.) and of the EV aid's
   * 2 400 kg limit. Options' own mass is not modelled.
   */
  readonly massInRunningOrderKg: number;
  readonly topSpeedKmh: number;
  /** EV: WLTP range; PHEV: electric-only range. */
  readonly rangeKm?: number;
  /**
   * Hybrids: maximum net power of the electric motor, kW (maker data, registration certificate field P.2
   * for the electric machine). From 2027 it decides the weight-tax abatement of hybrids (see mass-grids.ts).
   */
  readonly electricMotorKw?: number;
  readonly batteryKwh?: number;
  readonly consumptionL100km?: number;
  readonly consumptionKwh100km?: number;
};

export type Trim = {
  readonly code: string;
  readonly model: string;
  readonly name: Localized;
  readonly energy: Energy;
  readonly specs: TrimSpecs;
  readonly basePriceCents: number;
  /** Option codes fitted as standard: never charged, never selectable. */
  readonly standardOptions: readonly string[];
  readonly defaults: { readonly paint: string; readonly wheels: string; readonly interior: string };
};

export type CarModel = {
  readonly code: string;
  readonly name: Localized;
  readonly tagline: Localized;
  readonly bodyStyle: BodyStyle;
  /**
   * Listed by ADEME with a "score environnemental" of at least the aid's minimum (60 points,
   * arrêté of 2025): needed for the EV purchase aid.
   */
  readonly ecoScoreEligible: boolean;
  /**
   * Maker data: the car is assembled and its battery produced in the European Economic Area (ADEME
   * list), which earns the CEE aid's European bonification. Absent = no.
   */
  readonly europeanBattery?: boolean;
  /** First trim is the model's default. */
  readonly trims: readonly Trim[];
};

/**
 * Per-model offer of a paint, wheel or interior: its price on that model, optionally the only trims
 * allowed, and the trims on which it comes at no cost (fitted as standard).
 */
export type ModelOffer = {
  readonly priceCents: number;
  readonly trims?: readonly string[];
  readonly standardOn?: readonly string[];
};

export type Paint = {
  readonly code: string;
  readonly name: Localized;
  readonly finish: PaintFinish;
  readonly hex: string;
  readonly offers: Readonly<Record<string, ModelOffer>>;
};

export type WheelFitment = ModelOffer & { readonly inches: number; readonly co2DeltaG: number };

export type Wheel = {
  readonly code: string;
  readonly name: Localized;
  readonly fitments: Readonly<Record<string, WheelFitment>>;
};

export type Interior = {
  readonly code: string;
  readonly name: Localized;
  readonly material: InteriorMaterial;
  readonly hex: string;
  readonly accentHex: string;
  readonly offers: Readonly<Record<string, ModelOffer>>;
};

type Orderable = {
  readonly code: string;
  readonly name: Localized;
  /** The item inside a sentence, with its article: "les sièges avant chauffants" / "the heated front seats". */
  readonly inSentence: Localized;
  readonly description: Localized;
  readonly priceCents: number;
  readonly availability?: Availability;
  /** All of these must be present (selected, in a selected pack, or standard). */
  readonly requires?: readonly RequirementRef[];
  /** Never together with these; the relation is symmetric whichever side declares it. */
  readonly excludes?: readonly ItemRef[];
};

export type Option = Orderable & {
  readonly category: OptionCategory;
  /** WLTP CO2 added by this option on combustion and hybrid cars, g/km. */
  readonly co2DeltaG?: number;
  /** Maker data: mass the option adds to the car, kg. */
  readonly massKg?: number;
  /**
   * The option is part of the mass in running order when fitted, so it counts for the weight tax:
   * Regulation (EU) No 1230/2012 art. 2(4) names "the coupling and the spare wheel(s) as well as the
   * tools"; every other option is "optional equipment" (art. 2(3), 2(5)) and only adds to the actual mass.
   */
  readonly inMassInRunningOrder?: boolean;
};

export type Pack = Orderable & {
  /** Option codes the pack contains; their own rules apply to the pack. */
  readonly includes: readonly string[];
};

/** The French CO2 registration tax grid ("malus écologique", CIBS art. L421-62), one amount per g/km. */
export type MalusGrid = {
  /** The grid's name as the law gives it: "barème ... pour l'année 2026". */
  readonly year: number;
  /** First registration date (inclusive, YYYY-MM-DD) from which the grid applies. */
  readonly effectiveFrom: string;
  /** Last registration date (inclusive) it applies to; null while no later grid is enacted. */
  readonly effectiveTo: string | null;
  readonly source: string;
  readonly thresholdGKm: number;
  /** Euros, index 0 = thresholdGKm, one entry per g/km up to capFromGKm - 1. */
  readonly amountsEuros: readonly number[];
  readonly capFromGKm: number;
  /** Highest tariff of the grid: also the cap on CO2 + mass taxes together (CIBS art. L421-74). */
  readonly capEuros: number;
  /**
   * Inclusive g/km ranges whose amounts were not read in the enacted text but derived (the data file
   * says from what): a price in these rows is shown as to be confirmed. Absent when every row was read.
   */
  readonly unconfirmedGKm?: readonly (readonly [number, number])[];
};

/** One band of the weight tax: every kilogram from `fromKg` (inclusive) up to the next band costs `eurosPerKg`. */
export type MassBand = { readonly fromKg: number; readonly eurosPerKg: number };

/** The French weight tax ("taxe sur la masse en ordre de marche", CIBS art. L421-71 et seq.) for one period. */
export type MassGrid = {
  readonly year: number;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: string;
  /** Ascending; kilograms below the first band's `fromKg` are not taxed. */
  readonly bands: readonly MassBand[];
  /** Plug-in hybrids with an electric city range above `minElectricRangeKm`: kg deducted, at most `maxPctOfMass` % of the mass. */
  readonly longRangePhevAbatement: { readonly kg: number; readonly minElectricRangeKm: number; readonly maxPctOfMass: number };
  /** Other hybrids (non-plug-in, short-range plug-in): kg deducted, or null when no abatement is granted (see the grid's note). */
  readonly otherHybridAbatementKg: number | null;
  /** When set, other hybrids get that abatement only if their electric motor's maximum net power is above this, kW. */
  readonly otherHybridMinElectricMotorKw: number | null;
  /** Fully electric cars are outside the tax. */
  readonly electricExempt: boolean;
};

/** Household categories of the CEE "coup de pouce" (ressources ceilings set by arrêté; the buyer says which applies). */
export type Household = 'standard' | 'modest' | 'precarious';

/** The EV purchase aid that replaced the "bonus écologique" (CEE "coup de pouce"), as data. */
export type BonusRule = {
  readonly name: Localized;
  /** Order dates (inclusive, YYYY-MM-DD) the amounts below are announced for. */
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: string;
  readonly energies: readonly Energy[];
  readonly maxPriceTTCCents: number;
  /** Strictly below this mass (kg, en ordre de marche). */
  readonly maxWeightKgExclusive: number;
  readonly requiresEcoScore: boolean;
  /** Announced amounts; the real one depends on the maker's CEE contract: shown as an estimate. */
  readonly amountCents: Readonly<Record<Household, number>>;
  /** Added when the car and its battery are made in the EEA (see purchase-aid.ts); null when no such bonus. */
  readonly europeanBatteryBonusCents: Readonly<Record<Household, number>> | null;
};

export type Catalogue = {
  readonly version: string;
  readonly currency: 'EUR';
  readonly vatRatePercent: number;
  readonly models: readonly CarModel[];
  readonly paints: readonly Paint[];
  readonly wheels: readonly Wheel[];
  readonly interiors: readonly Interior[];
  readonly options: readonly Option[];
  readonly packs: readonly Pack[];
  /** Every grid and aid with its validity dates: pricing picks the one in force on the relevant date. */
  readonly fiscal: { readonly co2Grids: readonly MalusGrid[]; readonly massGrids: readonly MassGrid[]; readonly aids: readonly BonusRule[] };
};

/** A car as ordered: codes only. Options never repeat what a selected pack or the trim already includes. */
export type Configuration = {
  readonly model: string;
  readonly trim: string;
  readonly paint: string;
  readonly wheels: string;
  readonly interior: string;
  readonly options: readonly string[];
  readonly packs: readonly string[];
};

/** Untrusted, possibly partial or stale input (URL, client, old saved quote). */
export type ConfigurationInput = {
  readonly model?: string;
  readonly trim?: string;
  readonly paint?: string;
  readonly wheels?: string;
  readonly interior?: string;
  readonly options?: readonly string[];
  readonly packs?: readonly string[];
};

/**
 * The monthly figure shown next to a configuration's price, with the legal example that French law
 * requires wherever a monthly amount is advertised. The finance module computes it
 * (modules/finance/estimate.ts); the catalogue only displays it.
 */
export type MonthlyEstimate = {
  readonly productId: string;
  readonly productName: Localized;
  readonly priceCents: number;
  readonly depositCents: number;
  readonly durationMonths: number;
  readonly monthlyPaymentCents: number;
  readonly taegPct: number;
  readonly nominalRatePct: number;
  readonly totalDueCents: number;
  readonly totalCreditCostCents: number;
  readonly feesCents: number;
  /** Code de la consommation, art. L312-5: shown with every credit figure. */
  readonly creditWarning: Localized;
};

/** Delivery window of a factory order (modules/catalog/delivery-window.ts). */
export type DeliveryWindow = {
  /** Weeks from the order to delivery: P50 rounded down, P90 rounded up. */
  readonly fromWeeks: number;
  readonly toWeeks: number;
  /** 'YYYY-MM-DD' dates of the same window, from the order date. */
  readonly fromDate: string;
  readonly toDate: string;
  /** One line on what drives the delay. */
  readonly explanation: Localized;
  readonly regionName: string;
};
