import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { formatEuros } from '@/modules/catalog';
import { describeConfiguration, quoteNearest, type LenientQuote } from '@/modules/catalog/server';
import { renderLabels, type CarLabel, type LabelFormat } from '@/modules/documents/server';

/**
 * The cars on a showroom floor: stock cars (an exact configuration and price) and demo cars
 * (model and trim). Each has a public page /car/<id> that its printed label's QR opens.
 */
export type FloorCar = {
  id: string;
  kind: 'stock' | 'demo';
  dealership: { id: string; name: string; code: string };
  quote: LenientQuote;
  /** stock: the car's own price; demo: the configuration's price today */
  priceCents: number;
  status: string;
  identifier: string;
};

const dealershipSelect = { select: { id: true, name: true, code: true } } as const;

function stockCar(row: { id: string; vin: string; status: string; priceCents: number; modelCode: string; trimCode: string; paintCode: string; wheelsCode: string; interiorCode: string; options: string[]; packs: string[]; dealership: { id: string; name: string; code: string } }): FloorCar {
  const quote = quoteNearest({ model: row.modelCode, trim: row.trimCode, paint: row.paintCode, wheels: row.wheelsCode, interior: row.interiorCode, options: row.options, packs: row.packs });
  return { id: row.id, kind: 'stock', dealership: row.dealership, quote, priceCents: row.priceCents, status: row.status, identifier: row.vin };
}

function demoCar(row: { id: string; plate: string; modelCode: string; trimCode: string; dealership: { id: string; name: string; code: string } }): FloorCar {
  const quote = quoteNearest({ model: row.modelCode, trim: row.trimCode });
  return { id: row.id, kind: 'demo', dealership: row.dealership, quote, priceCents: quote.price.totalCents, status: 'demo', identifier: row.plate };
}

const stockFields = { id: true, vin: true, status: true, priceCents: true, modelCode: true, trimCode: true, paintCode: true, wheelsCode: true, interiorCode: true, options: true, packs: true, dealership: dealershipSelect } as const;

export async function floorCars(dealershipId: string): Promise<FloorCar[]> {
  const [stock, demos] = await Promise.all([
    db.stockVehicle.findMany({ where: { dealershipId, status: { in: ['in_stock', 'reserved'] } }, select: stockFields, orderBy: { createdAt: 'asc' }, take: 200 }),
    db.demoCar.findMany({ where: { dealershipId, active: true }, select: { id: true, plate: true, modelCode: true, trimCode: true, dealership: dealershipSelect }, take: 100 }),
  ]);
  return [...demos.map(demoCar), ...stock.map(stockCar)];
}

/** Anyone may open a car's page (it is printed on the car): it shows no one's personal data. */
export async function floorCar(id: string): Promise<FloorCar | null> {
  const stock = await db.stockVehicle.findUnique({ where: { id: id.slice(0, 40) }, select: stockFields });
  if (stock) return stockCar(stock);
  const demo = await db.demoCar.findUnique({ where: { id: id.slice(0, 40) }, select: { id: true, plate: true, modelCode: true, trimCode: true, dealership: dealershipSelect } });
  return demo ? demoCar(demo) : null;
}

export const carUrl = (id: string) => new URL(`/car/${encodeURIComponent(id)}`, env().APP_URL).toString();

export async function floorLabelsPdf(dealershipId: string, format: LabelFormat, locale: 'fr' | 'en'): Promise<Uint8Array> {
  const cars = await floorCars(dealershipId);
  const labels: CarLabel[] = cars.map((car) => {
    const d = describeConfiguration(car.quote.configuration);
    return {
      title: d.title[locale],
      lines: [`${d.paint[locale]} · ${d.wheels[locale]}`, d.interior[locale], car.kind === 'demo' ? (locale === 'fr' ? `Véhicule d’essai ${car.identifier}` : `Demo car ${car.identifier}`) : `VIN ${car.identifier}`],
      price: formatEuros(car.priceCents, locale),
      url: carUrl(car.id),
      caption: locale === 'fr' ? 'Scannez : cette voiture sur votre téléphone, à réserver, essayer ou garder.' : 'Scan: this car on your phone, to hold, drive or keep.',
    };
  });
  return renderLabels(labels, format, locale === 'fr' ? 'Étiquettes showroom' : 'Showroom labels');
}
