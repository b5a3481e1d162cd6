/**
 * Residual values (valeur résiduelle) as a percentage of the cash price, by model, contract
 * duration and yearly mileage. For LOA this is the purchase-option price; for LLD it is the
 * lessor's expected resale value, which lowers the rent. Illustrative figures for the demo
 * catalogue; the finance partner supplies the real table.
 *
 * Each row lists the mileage bands in the order of MILEAGE_BANDS_KM (10 000 / 15 000 / 20 000 / 25 000 km a year).
 */
import type { TCarModelCode, TLeaseDuration } from '../schemas';

export type ResidualRow = readonly [km10000: number, km15000: number, km20000: number, km25000: number];
export type ResidualTable = Readonly<Record<TCarModelCode, Readonly<Record<TLeaseDuration, ResidualRow>>>>;

export const RESIDUAL_VALUE_PCT: ResidualTable = {
  etincelle: {
    24: [62, 60, 57, 54],
    36: [53, 51, 48, 45],
    48: [45, 43, 40, 37],
    60: [38, 36, 33, 30],
  },
  horizon: {
    24: [64, 62, 59, 56],
    36: [56, 53, 50, 47],
    48: [48, 45, 42, 39],
    60: [41, 38, 35, 32],
  },
  magistrale: {
    24: [60, 58, 55, 52],
    36: [51, 48, 45, 42],
    48: [43, 40, 37, 34],
    60: [36, 33, 30, 27],
  },
};
