/**
 * The pricing context (dates) for a car in stock or a factory order. The registration taxes follow
 * the grid in force on the first registration: a car in stock is registered now; a factory order
 * when it is delivered, at the end of its delivery window (P90): grids only get stricter year after
 * year, so the later date never under-states the tax when a window straddles 1 January.
 */
import { factoryDeliveryWindow } from '../delivery-window';
import { parisDay } from '@/lib/calendar/paris-day';
import { catalogue as defaultCatalogue } from '../data';
import type { PricingContext } from '../pricing';
import type { Catalogue, Configuration, Household } from '../types';

export function stockContext(now: Date, household?: Household): PricingContext {
  const today = parisDay(now);
  return { today, registrationDate: today, basis: 'stock', ...(household ? { household } : {}) };
}

/**
 * Factory order of `configuration` placed at `now`; `departement` is the buyer's (unknown: the
 * plant's own region, as the delivery-window module does).
 */
export function factoryOrderContext(
  configuration: Configuration,
  now: Date,
  options: { readonly departement?: string; readonly household?: Household } = {},
  catalogue: Catalogue = defaultCatalogue,
): PricingContext {
  const today = parisDay(now);
  const model = catalogue.models.find((m) => m.code === configuration.model);
  const matte = catalogue.paints.find((p) => p.code === configuration.paint)?.finish === 'matte';
  const window = model ? factoryDeliveryWindow({ modelCode: model.code, modelName: model.name, departement: options.departement ?? '', mattePaint: matte, orderedAt: now }) : undefined;
  return { today, registrationDate: window?.toDate ?? today, basis: 'factory-order', ...(options.household ? { household: options.household } : {}) };
}
