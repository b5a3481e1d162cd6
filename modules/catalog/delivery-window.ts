/**
 * Delivery window of a factory order, P50-P90 in weeks: the model's production queue (orders ahead
 * ÷ weekly output + assembly, with its variability) plus transport to the buyer's region, both
 * treated as normal distributions and added.
 */
import departements from '@etalab/decoupage-administratif/data/departements.json';
import { MATTE_PAINT_EXTRA_WEEKS, PRODUCTION_QUEUES, REGION_TRANSPORT, type ProductionQueue, type RegionTransport } from './data/production';
import type { DeliveryWindow, Localized } from './types';

/** z-score of the 90th percentile of a normal distribution. */
const Z90 = 1.2816;
const DAY_MS = 86_400_000;

const regionOfDepartement = new Map(departements.map((d) => [d.code, d.region]));

export function regionFor(departement: string): RegionTransport | undefined {
  const region = regionOfDepartement.get(departement);
  return REGION_TRANSPORT.find((r) => r.regionCode === region);
}

export type DeliveryWindowInput = {
  readonly modelCode: string;
  readonly modelName: Localized;
  /** Department of the buyer (or of the delivering dealership): "69", "2A", "974". */
  readonly departement: string;
  readonly mattePaint?: boolean;
  /** Order date; the window's dates count from it. */
  readonly orderedAt: Date;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function factoryDeliveryWindow(
  input: DeliveryWindowInput,
  queues: readonly ProductionQueue[] = PRODUCTION_QUEUES,
): DeliveryWindow | undefined {
  const queue = queues.find((q) => q.modelCode === input.modelCode);
  // Unknown department (or one without road data): the plant's own region is the fallback.
  const region = regionFor(input.departement) ?? REGION_TRANSPORT[0];
  if (!queue || !region) return undefined;
  const queueWeeks = queue.ordersInQueue / queue.weeklyOutput;
  const extraWeeks = input.mattePaint ? MATTE_PAINT_EXTRA_WEEKS : 0;
  const productionMean = queueWeeks + queue.assemblyWeeks + extraWeeks;
  const productionSd = productionMean * queue.variability;
  const transportMean = region.p50Days / 7;
  const transportSd = (region.p90Days - region.p50Days) / 7 / Z90;
  const p50 = productionMean + transportMean;
  const p90 = p50 + Z90 * Math.sqrt(productionSd ** 2 + transportSd ** 2);
  const fromWeeks = Math.max(1, Math.floor(p50));
  const toWeeks = Math.max(fromWeeks + 1, Math.ceil(p90));
  const start = input.orderedAt.getTime();
  const queueRounded = Math.round(queueWeeks);
  const matte = input.mattePaint ? { fr: ', peinture mate + 1 semaine', en: ', matte paint + 1 week' } : { fr: '', en: '' };
  return {
    fromWeeks,
    toWeeks,
    fromDate: isoDate(new Date(start + fromWeeks * 7 * DAY_MS)),
    toDate: isoDate(new Date(start + toWeeks * 7 * DAY_MS)),
    regionName: region.name,
    explanation: {
      fr: `Surtout la file de production de ${input.modelName.fr} (environ ${queueRounded} semaines de commandes avant la vôtre)${matte.fr}, puis ${region.p50Days} à ${region.p90Days} jours de transport vers ${region.name}.`,
      en: `Mainly the ${input.modelName.en} production queue (about ${queueRounded} weeks of orders ahead of yours)${matte.en}, then ${region.p50Days} to ${region.p90Days} days of transport to ${region.name}.`,
    },
  };
}
