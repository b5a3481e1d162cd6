import { catalogue } from '../../modules/catalog/data';
import { normalizeConfiguration } from '../../modules/catalog/normalize';
import { priceConfiguration } from '../../modules/catalog/pricing';
import { stockContext } from '../../modules/catalog/server/registration';
import type { Rng } from './random';

export type StockRow = {
  id: string;
  vin: string;
  dealershipId: string;
  modelCode: string;
  trimCode: string;
  paintCode: string;
  wheelsCode: string;
  interiorCode: string;
  options: string[];
  packs: string[];
  priceCents: number;
  status: 'in_stock' | 'in_transit';
  arrivesOn: Date | null;
};

const vinChars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/**
 * Realistic stock: valid configurations only (run through the same rules as the configurator),
 * priced by the same server pricing, ~80 % in stock and the rest arriving within 10 weeks.
 */
export function generateStock(rng: Rng, dealershipIds: readonly string[], count: number, now: Date): StockRow[] {
  const rows: StockRow[] = [];
  for (let i = 0; i < count; i++) {
    const model = rng.pick(catalogue.models);
    const trim = rng.pick(model.trims);
    const paints = catalogue.paints.filter((p) => p.offers[model.code]);
    const wheels = catalogue.wheels.filter((w) => w.fitments[model.code]);
    const interiors = catalogue.interiors.filter((x) => x.offers[model.code]);
    const { configuration } = normalizeConfiguration(catalogue, {
      model: model.code,
      trim: trim.code,
      paint: rng.pick(paints).code,
      wheels: rng.pick(wheels).code,
      interior: rng.pick(interiors).code,
      options: rng.sample(catalogue.options, rng.int(0, 3)).map((o) => o.code),
      packs: rng.chance(0.35) ? [rng.pick(catalogue.packs).code] : [],
    });
    const inTransit = rng.chance(0.2);
    const arrivesOn = inTransit ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + rng.int(5, 70))) : null;
    const serial = String(i + 1).padStart(6, '0');
    const vinBody = Array.from({ length: 11 }, () => rng.pick([...vinChars])).join('');
    rows.push({
      id: `stk_${serial}`,
      vin: `VF7${vinBody.slice(0, 8)}${serial}`,
      dealershipId: rng.pick(dealershipIds),
      modelCode: configuration.model,
      trimCode: configuration.trim,
      paintCode: configuration.paint,
      wheelsCode: configuration.wheels,
      interiorCode: configuration.interior,
      options: [...configuration.options],
      packs: [...configuration.packs],
      priceCents: priceConfiguration(catalogue, configuration, stockContext(new Date())).totalCents,
      status: inTransit ? 'in_transit' : 'in_stock',
      arrivesOn,
    });
  }
  return rows;
}
