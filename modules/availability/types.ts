/** Types of the availability module: stock matches, factory delivery windows, showrooms, holds. */
import type { Localized } from '@/modules/catalog';

/** The equipment of a stock vehicle, in catalogue codes (what a configuration would be). */
export type VehicleSpec = {
  readonly model: string;
  readonly trim: string;
  readonly paint: string;
  readonly wheels: string;
  readonly interior: string;
  readonly options: readonly string[];
  readonly packs: readonly string[];
};

export type DifferenceField = 'trim' | 'paint' | 'wheels' | 'interior' | 'option' | 'pack';

/**
 * One way a stock vehicle differs from the configuration: a different single choice (trim, paint,
 * wheels, interior), or an option/pack the buyer chose that the car lacks ('missing') or that the
 * car has on top ('extra').
 */
export type Difference =
  | { readonly field: 'trim' | 'paint' | 'wheels' | 'interior'; readonly kind: 'different'; readonly wanted: Localized; readonly actual: Localized }
  | { readonly field: 'option' | 'pack'; readonly kind: 'missing' | 'extra'; readonly item: Localized };

export type StockStatus = 'in_stock' | 'in_transit';

export type StockMatch = {
  readonly vehicleId: string;
  readonly vin: string;
  readonly spec: VehicleSpec;
  readonly priceCents: number;
  /** Vehicle price minus the configured price (negative: cheaper than configured). */
  readonly priceDifferenceCents: number;
  readonly status: StockStatus;
  /** 'YYYY-MM-DD' for a vehicle in transit, else null. */
  readonly arrivesOn: string | null;
  readonly dealership: DealershipRef;
  readonly distanceKm: number;
  readonly differences: readonly Difference[];
  /** 0 for an exact match; see MATCH_WEIGHTS. */
  readonly score: number;
};

export type DealershipRef = {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly postalCode: string;
  readonly lat: number;
  readonly lon: number;
};


export type Showroom = {
  readonly dealership: DealershipRef;
  readonly distanceKm: number;
  /** Cars of the model on display only (not drivable). */
  readonly onDisplay: number;
  /** Cars of the model in the demo fleet (can be test-driven). */
  readonly demoFleet: number;
  readonly trims: readonly string[];
};
