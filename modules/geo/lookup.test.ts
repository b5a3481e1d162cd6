import { beforeAll, describe, expect, it } from 'vitest';
import { geocodeAddress, loadPlaceIndex, lookupPlace } from './lookup';
import { distanceKm } from './distance';

// The first load of the commune index takes seconds under vitest's JSON transform.
beforeAll(() => loadPlaceIndex(), 60_000);

async function expectPlace(query: string) {
  const result = await lookupPlace(query);
  if (!result.ok) throw new Error(`${query}: ${result.code}`);
  return result;
}

describe('lookupPlace by postal code', () => {
  it('finds a single-commune code with its centre and department', async () => {
    const { place } = await expectPlace('33000');
    expect(place).toMatchObject({ postalCode: '33000', city: 'Bordeaux', departement: '33', inseeCode: '33063', precision: 'commune' });
    expect(distanceKm(place, { lat: 44.8378, lon: -0.5792 })).toBeLessThan(3);
  });

  it('gives a Paris arrondissement its own centre under the name Paris', async () => {
    const { place } = await expectPlace('75015');
    expect(place).toMatchObject({ city: 'Paris', departement: '75', inseeCode: '75115' });
    expect(distanceKm(place, { lat: 48.8412, lon: 2.3003 })).toBeLessThan(1.5);
  });

  it('returns the main commune first and the others as alternatives', async () => {
    const result = await expectPlace('01400');
    expect(result.place.city).toBe('Châtillon-sur-Chalaronne');
    expect(result.alternatives.length).toBeGreaterThan(0);
    expect(result.alternatives.length).toBeLessThanOrEqual(5);
    expect(result.alternatives.every((p) => p.postalCode === '01400')).toBe(true);
  });

  it('accepts spaces inside the code and a city next to it', async () => {
    expect((await expectPlace('69 007')).place.inseeCode).toBe('69387');
    const withName = await expectPlace('01400 Romans');
    expect(withName.place.city).toBe('Romans');
    expect((await expectPlace('Lyon (69003)')).place.inseeCode).toBe('69383');
  });

  it('knows Corsica and the overseas departments', async () => {
    expect((await expectPlace('20000')).place).toMatchObject({ city: 'Ajaccio', departement: '2A' });
    expect((await expectPlace('97400')).place).toMatchObject({ city: 'Saint-Denis', departement: '974' });
  });

  it('suggests close codes for an unknown one, at most 5', async () => {
    const result = await lookupPlace('75099');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('UNKNOWN_POSTAL_CODE');
    expect(result.suggestions).toHaveLength(5);
    expect(result.suggestions.every((p) => p.postalCode.startsWith('750') || p.postalCode.startsWith('751'))).toBe(true);
    expect(result.suggestions.map((p) => p.postalCode)).toContain('75019');
  });

  it('treats an incomplete code as invalid and suggests codes starting with it', async () => {
    const result = await lookupPlace('6900');
    expect(result).toMatchObject({ ok: false, code: 'INVALID_QUERY' });
    if (result.ok) return;
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((p) => p.postalCode.startsWith('6900'))).toBe(true);
  });
});

describe('lookupPlace by city name', () => {
  it('ignores case and accents', async () => {
    for (const query of ['Saint-Étienne', 'saint etienne', 'ST-ETIENNE', 'SAINT ÉTIENNE']) {
      expect((await expectPlace(query)).place).toMatchObject({ city: 'Saint-Étienne', postalCode: '42000', departement: '42' });
    }
    expect((await expectPlace('nimes')).place.city).toBe('Nîmes');
    expect((await expectPlace('Besancon')).place.city).toBe('Besançon');
  });

  it('picks the largest of homonyms and lists the others', async () => {
    const result = await expectPlace('Saint-Denis');
    expect(result.place.departement).toBe('974');
    expect(result.alternatives.map((p) => p.departement)).toContain('93');
  });

  it('finds cities with arrondissements and the arrondissements themselves', async () => {
    expect((await expectPlace('Marseille')).place).toMatchObject({ inseeCode: '13055', postalCode: '13001' });
    expect((await expectPlace('Lyon 7e')).place).toMatchObject({ inseeCode: '69387', city: 'Lyon', postalCode: '69007' });
    expect((await expectPlace('paris 15')).place.inseeCode).toBe('75115');
  });

  it('finds a commune under the name of a former commune it absorbed', async () => {
    expect((await expectPlace('Annecy-le-Vieux')).place.city).toBe('Annecy');
  });

  it('suggests close names for a misspelled city', async () => {
    const result = await lookupPlace('Villeurbane');
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_CITY' });
    if (result.ok) return;
    expect(result.suggestions[0]?.city).toBe('Villeurbanne');
    expect(result.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('suggests completions for an unfinished name, biggest first', async () => {
    const result = await lookupPlace('Clermont-Fer');
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_CITY' });
    if (result.ok) return;
    expect(result.suggestions[0]?.city).toBe('Clermont-Ferrand');
  });

  it('rejects empty or meaningless queries', async () => {
    for (const query of ['', '   ', '---', '123456', 'x'.repeat(200)]) {
      expect(await lookupPlace(query)).toMatchObject({ ok: false, code: 'INVALID_QUERY' });
    }
  });

  it('gives every commune coordinates in France and a known precision', async () => {
    const index = await loadPlaceIndex();
    expect(index.inseeCodes.length).toBeGreaterThan(34_000);
    let metropolitan = 0;
    const outside: string[] = [];
    index.inseeCodes.forEach((code, i) => {
      if (code.startsWith('97')) return;
      metropolitan++;
      const lat = index.lats[i]!;
      const lon = index.lons[i]!;
      if (!(lat > 41.3 && lat < 51.1 && lon > -5.2 && lon < 9.6)) outside.push(code);
    });
    expect(outside).toEqual([]);
    expect(metropolitan).toBeGreaterThan(34_000);
  });
});

describe('geocodeAddress', () => {
  it('places an address at the centre of its commune', async () => {
    const result = await geocodeAddress({ street: '12 rue de la République', postalCode: '69100', city: 'Villeurbanne' });
    expect(result).toMatchObject({ ok: true, level: 'commune', place: { inseeCode: '69266' } });
  });

  it('tolerates a small typo or a missing city', async () => {
    expect(await geocodeAddress({ street: '1 place Lazare Goujon', postalCode: '69100', city: 'Villeurbane' })).toMatchObject({ ok: true });
    expect(await geocodeAddress({ street: '3 quai', postalCode: '33000', city: '' })).toMatchObject({ ok: true, place: { city: 'Bordeaux' } });
  });

  it('picks the right commune among those sharing a postal code', async () => {
    const result = await geocodeAddress({ street: '5 route de Bourg', postalCode: '01400', city: 'Romans' });
    expect(result).toMatchObject({ ok: true, place: { city: 'Romans' } });
  });

  it('refuses a city that is not served by the postal code', async () => {
    const result = await geocodeAddress({ street: '1 rue', postalCode: '69100', city: 'Marseille' });
    expect(result).toMatchObject({ ok: false, code: 'CITY_NOT_IN_POSTAL_CODE' });
    if (result.ok) return;
    expect(result.suggestions[0]?.city).toBe('Villeurbanne');
  });

  it('refuses malformed input and unknown codes', async () => {
    expect(await geocodeAddress({ street: '', postalCode: '69100', city: 'Villeurbanne' })).toMatchObject({ code: 'INVALID_ADDRESS' });
    expect(await geocodeAddress({ street: '1 rue', postalCode: '691', city: 'Villeurbanne' })).toMatchObject({ code: 'INVALID_ADDRESS' });
    expect(await geocodeAddress({ street: '1 rue', postalCode: '69999', city: 'Lyon' })).toMatchObject({ code: 'UNKNOWN_POSTAL_CODE' });
  });
});
