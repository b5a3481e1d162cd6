import { catalogue as defaultCatalogue } from '../data';
import { nameOf } from '../phrases';
import { indexCatalogue, refOf } from '../catalogue-index';
import type { PriceBreakdown } from '../pricing';
import type { Catalogue, Configuration, Localized } from '../types';

/** Side-by-side comparison of saved configurations: one row per fact, flagged when the cars differ. */

export type ComparedCar = { readonly code: string; readonly configuration: Configuration; readonly price: PriceBreakdown; readonly monthlyCents: number | null };

export type ComparisonCell =
  | { readonly kind: 'text'; readonly value: Localized }
  | { readonly kind: 'money'; readonly cents: number }
  | { readonly kind: 'co2'; readonly gPerKm: number }
  | { readonly kind: 'included'; readonly included: boolean }
  | { readonly kind: 'none' };

export type ComparisonRow = {
  readonly key: string;
  readonly group: 'car' | 'equipment' | 'price';
  readonly label: Localized;
  readonly cells: readonly ComparisonCell[];
  readonly differs: boolean;
};

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 3;

const cellKey = (c: ComparisonCell): string => {
  switch (c.kind) {
    case 'text':
      return `t:${c.value.en}`;
    case 'money':
      return `m:${c.cents}`;
    case 'co2':
      return `c:${c.gPerKm}`;
    case 'included':
      return `i:${c.included}`;
    default:
      return 'none';
  }
};

function row(key: string, group: ComparisonRow['group'], label: Localized, cells: ComparisonCell[]): ComparisonRow {
  return { key, group, label, cells, differs: new Set(cells.map(cellKey)).size > 1 };
}

export function compareConfigurations(cars: readonly ComparedCar[], catalogue: Catalogue = defaultCatalogue): ComparisonRow[] {
  const ix = indexCatalogue(catalogue);
  const text = (value: Localized): ComparisonCell => ({ kind: 'text', value });
  const rows: ComparisonRow[] = [
    row('model', 'car', { fr: 'Modèle', en: 'Model' }, cars.map((c) => text(nameOf(ix, `model:${c.configuration.model}`, c.configuration.model)))),
    row('trim', 'car', { fr: 'Finition', en: 'Trim' }, cars.map((c) => text(ix.trims.get(c.configuration.trim)?.name ?? { fr: c.configuration.trim, en: c.configuration.trim }))),
    row('power', 'car', { fr: 'Puissance', en: 'Power' }, cars.map((c): ComparisonCell => {
      const specs = ix.trims.get(c.configuration.trim)?.specs;
      return specs ? text({ fr: `${specs.powerKw} kW (${specs.powerHp} ch)`, en: `${specs.powerKw} kW (${specs.powerHp} hp)` }) : { kind: 'none' };
    })),
    row('range', 'car', { fr: 'Autonomie électrique (WLTP)', en: 'Electric range (WLTP)' }, cars.map((c): ComparisonCell => {
      const km = ix.trims.get(c.configuration.trim)?.specs.rangeKm;
      return km === undefined ? { kind: 'none' } : text({ fr: `${new Intl.NumberFormat('fr-FR').format(km)} km`, en: `${new Intl.NumberFormat('en-GB').format(km)} km` });
    })),
  ];
  for (const kind of ['paint', 'wheels', 'interior'] as const) {
    const label = { paint: { fr: 'Peinture', en: 'Paint' }, wheels: { fr: 'Jantes', en: 'Wheels' }, interior: { fr: 'Sellerie', en: 'Upholstery' } }[kind];
    rows.push(row(kind, 'car', label, cars.map((c) => text(nameOf(ix, refOf(kind, c.configuration[kind]), c.configuration.model)))));
  }
  // Packs and options in catalogue order, one row each, only those at least one car has.
  for (const pack of catalogue.packs) {
    if (!cars.some((c) => c.configuration.packs.includes(pack.code))) continue;
    rows.push(row(`pack:${pack.code}`, 'equipment', pack.name, cars.map((c) => ({ kind: 'included', included: c.configuration.packs.includes(pack.code) }))));
  }
  for (const option of catalogue.options) {
    if (!cars.some((c) => c.configuration.options.includes(option.code))) continue;
    rows.push(row(`option:${option.code}`, 'equipment', option.name, cars.map((c) => ({ kind: 'included', included: c.configuration.options.includes(option.code) }))));
  }
  rows.push(
    row('co2', 'price', { fr: 'CO₂ (WLTP)', en: 'CO₂ (WLTP)' }, cars.map((c) => ({ kind: 'co2', gPerKm: c.price.co2 }))),
    row('subtotal', 'price', { fr: 'Prix du véhicule TTC', en: 'Vehicle price incl. VAT' }, cars.map((c) => ({ kind: 'money', cents: c.price.subtotalTTCCents }))),
    row('malus', 'price', { fr: 'Malus écologique', en: 'CO₂ tax (malus)' }, cars.map((c) => ({ kind: 'money', cents: c.price.malusCents }))),
    row('mass-malus', 'price', { fr: 'Malus au poids', en: 'French weight tax' }, cars.map((c) => ({ kind: 'money', cents: c.price.massMalusCents }))),
    row('bonus', 'price', { fr: 'Aide à l’achat', en: 'Purchase aid' }, cars.map((c) => ({ kind: 'money', cents: -c.price.bonusCents }))),
    row('total', 'price', { fr: 'Total', en: 'Total' }, cars.map((c) => ({ kind: 'money', cents: c.price.totalCents }))),
    row('monthly', 'price', { fr: 'Mensualité estimée', en: 'Estimated monthly payment' }, cars.map((c): ComparisonCell => (c.monthlyCents === null ? { kind: 'none' } : { kind: 'money', cents: c.monthlyCents }))),
  );
  return rows;
}
