import { ZCarriedFinancing, type TCarriedFinancing } from './schemas';

/**
 * The financing chosen on /financing travels to checkout in the URL, with the names /financing
 * itself uses (`d` deposit in cents, `n` months, `km` a year, trade-in `tm` `tmo` `ty` `tk`, `tu=1`
 * to count it in the down payment, `hh` the household category for the purchase aid) plus `fp`, the product ordered with. The URL is only read
 * (zod); every amount is recomputed and clamped by the server.
 */
export type CarriedParams = Readonly<Record<string, string | readonly string[] | undefined>>;

const one = (params: CarriedParams, key: string): string | undefined => {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
};
const int = (value: string | undefined): number | undefined => (value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

/** `{ ok: false }` when the link names a product but its terms cannot be read (then checkout says so and offers the defaults). */
export function readCarriedFinancing(params: CarriedParams): { ok: true; carried: TCarriedFinancing | null } | { ok: false } {
  const productId = one(params, 'fp');
  if (productId === undefined) return { ok: true, carried: null };
  const make = one(params, 'tm');
  const model = one(params, 'tmo');
  const parsed = ZCarriedFinancing.safeParse({
    productId,
    cashDepositCents: int(one(params, 'd')),
    durationMonths: int(one(params, 'n')),
    annualMileageKm: int(one(params, 'km')),
    tradeIn: make && model ? { make, model, year: int(one(params, 'ty')), mileageKm: int(one(params, 'tk')) } : null,
    useTradeIn: one(params, 'tu') === '1',
    // Absent: the lowest aid (never promise more than is owed); an unknown value refuses the link.
    household: one(params, 'hh'),
  });
  return parsed.success ? { ok: true, carried: parsed.data } : { ok: false };
}

export function carriedFinancingParams(carried: TCarriedFinancing): string {
  const params = new URLSearchParams({ fp: carried.productId, d: String(carried.cashDepositCents), n: String(carried.durationMonths), km: String(carried.annualMileageKm) });
  if (carried.household !== 'standard') params.set('hh', carried.household);
  if (carried.tradeIn) {
    params.set('tm', carried.tradeIn.make);
    params.set('tmo', carried.tradeIn.model);
    params.set('ty', String(carried.tradeIn.year));
    params.set('tk', String(carried.tradeIn.mileageKm));
    if (carried.useTradeIn) params.set('tu', '1');
  }
  return params.toString();
}
