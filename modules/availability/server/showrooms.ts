/** "Where can I see or drive it": dealerships with the model on display or in their demo fleet, nearest first. */
import { distanceKm } from '@/modules/geo';
import type { Showroom } from '../types';
import type { Queryable } from './stock-query';

type Row = {
  id: string;
  name: string;
  city: string;
  postalCode: string;
  lat: number;
  lon: number;
  onDisplay: number | string;
  demoFleet: number | string;
  trims: string[];
};

const SQL = `
SELECT d.id, d.name, d.city, d."postalCode", d.lat, d.lon,
  count(*) FILTER (WHERE c."displayOnly") AS "onDisplay",
  count(*) FILTER (WHERE NOT c."displayOnly") AS "demoFleet",
  array_agg(DISTINCT c."trimCode") AS trims
FROM demo_car c JOIN dealership d ON d.id = c."dealershipId"
WHERE c."modelCode" = $1 AND c.active
GROUP BY d.id`;

export async function findShowrooms(client: Queryable, modelCode: string, from: { lat: number; lon: number }, limit: number): Promise<Showroom[]> {
  const { rows } = await client.query<Row>(SQL, [modelCode]);
  return rows
    .map((row) => ({
      dealership: { id: row.id, name: row.name, city: row.city, postalCode: row.postalCode, lat: row.lat, lon: row.lon },
      distanceKm: Math.round(distanceKm(from, row) * 10) / 10,
      onDisplay: Number(row.onDisplay),
      demoFleet: Number(row.demoFleet),
      trims: [...row.trims].sort(),
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.dealership.name.localeCompare(b.dealership.name))
    .slice(0, limit);
}
