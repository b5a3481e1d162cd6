/**
 * Home delivery of an ordered car: Virage's fee schedule by road distance from the dealership that
 * sells the car to the buyer's address (a commercial choice, not a regulated amount).
 *
 * Why these figures: a car goes by a single-car truck or is driven by a convoy driver ("convoyeur")
 * who comes back by train; the bands price those two costs (a round trip of half a day up to 30 km,
 * a day up to 250 km, a night away beyond), and 500 km is the furthest one driver delivers in a day.
 * Beyond that the buyer is asked to pick a nearer dealership or click & collect.
 *
 * What the law asks (Code de la consommation, L221-5 1° → L111-1 2° and L112-3: the buyer is told
 * the delivery costs before ordering; L221-24: on withdrawal the refund includes the standard
 * delivery cost): the fee is shown at checkout, stored in the order and printed on the order form.
 * https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226876 (L221-5)
 */
export const DELIVERY_FEE_SOURCE = 'Virage delivery fees 2026-12 (modules/orders/data/delivery-fees.ts)';

/** Road distance is the straight line × the geo module's detour factor, rounded up to the km. */
export const DELIVERY_FEE_BANDS: readonly { readonly uptoKm: number; readonly feeCents: number }[] = [
  { uptoKm: 30, feeCents: 15_000 },
  { uptoKm: 100, feeCents: 29_000 },
  { uptoKm: 250, feeCents: 49_000 },
  { uptoKm: 500, feeCents: 79_000 },
];

export const MAX_DELIVERY_KM = 500;
