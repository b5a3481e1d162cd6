import { catalogue, priceConfiguration, type Configuration } from '@/modules/catalog';
import { stockContext } from '@/modules/catalog/server';

/**
 * A stock car's columns for a car built exactly to `configuration`, at the catalogue price on `at`:
 * what the DB tests' stock fixtures share (each adds its own id, VIN, dealership and status).
 */
export function stockCarOf(configuration: Configuration, at = new Date()) {
  return {
    modelCode: configuration.model,
    trimCode: configuration.trim,
    paintCode: configuration.paint,
    wheelsCode: configuration.wheels,
    interiorCode: configuration.interior,
    options: [...configuration.options],
    packs: [...configuration.packs],
    priceCents: priceConfiguration(catalogue, configuration, stockContext(at)).totalCents,
  };
}
