import { describe, expect, it } from 'vitest';
import { checkConfiguration } from './check';
import { listChoices } from './choices';
import { catalogue } from './data';
import { normalizeConfiguration } from './normalize';
import { resolveConfiguration } from './resolve';
import type { Configuration } from './types';

const base = (model: string, trim: string): Configuration => normalizeConfiguration(catalogue, { model, trim }).configuration;

describe('checkConfiguration', () => {
  it('accepts a valid configuration', () => {
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-iconic'), packs: ['hiver', 'tech'], options: ['affichage-tete-haute'] })).toEqual([]);
  });

  it('explains every broken rule in French and English', () => {
    const conflicts = checkConfiguration(catalogue, {
      ...base('magistrale', 'magistrale-ev-executive'),
      wheels: 'turbine',
      interior: 'tissu-gris',
      packs: ['hiver'],
      options: ['sieges-chauffants', 'pneus-hiver', 'coffre-de-toit', 'navigation-connectee'],
    });
    expect(conflicts.map((c) => [c.kind, c.subject, c.reason.fr, c.reason.en])).toEqual([
      ['unavailable', 'interior:tissu-gris', 'Non disponible sur la Virage Magistrale', 'Not available on the Virage Magistrale'],
      ['unavailable', 'option:coffre-de-toit', 'Non disponible sur la Virage Magistrale', 'Not available on the Virage Magistrale'],
      ['included-in-pack', 'option:sieges-chauffants', 'Le Pack Hiver inclut déjà les sièges avant chauffants', 'The Winter Pack already includes the heated front seats'],
      ['included-in-trim', 'option:navigation-connectee', 'De série sur la finition Électrique 100 kWh Executive', 'Standard on the Electric 100 kWh Executive trim'],
      ['excludes', 'option:pneus-hiver', 'Incompatible avec les jantes Turbine 21 pouces', 'Incompatible with the 21-inch Turbine wheels'],
      ['requires', 'option:coffre-de-toit', 'Nécessite les barres de toit', 'Requires the roof bars'],
    ]);
    expect(conflicts.find((c) => c.kind === 'excludes')?.message.fr).toBe('Pneus hiver montés (jeu de 4) : incompatible avec les jantes Turbine 21 pouces');
  });

  it('reports unknown codes, duplicates and a trim of another model', () => {
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-iconic'), options: ['attelage', 'attelage', 'jetpack'] }).map((c) => c.kind)).toEqual(['duplicate', 'unknown']);
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-iconic'), trim: 'etincelle-urban' })[0]?.kind).toBe('wrong-model');
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-iconic'), model: 'twingo' })[0]?.kind).toBe('unknown');
  });

  it('applies trim restrictions: no tow bar on the entry-level EV, matte paint on top trims only', () => {
    const urban = base('etincelle', 'etincelle-urban');
    expect(checkConfiguration(catalogue, { ...urban, options: ['attelage'] })[0]?.reason.fr).toBe('Non disponible sur la finition Urban 40 kWh');
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-evolution'), paint: 'gris-mat' })[0]?.reason.en).toBe('Not available on the Electric 73 kWh Evolution trim');
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-hybrid-evolution'), options: ['pompe-a-chaleur'] })[0]?.reason.fr).toBe('Réservé aux versions électriques');
    // Pack Stationnement would charge again for the Iconic's standard 360° cameras.
    expect(checkConfiguration(catalogue, { ...base('horizon', 'horizon-ev-iconic'), packs: ['stationnement'] })[0]?.reason.fr).toBe(
      'Non proposé sur la finition Électrique 87 kWh Iconic 4x4, qui a déjà les caméras 360° de série',
    );
  });
});

describe('resolveConfiguration', () => {
  it('fills defaults, expands packs, and lists the input conflicts next to the fixed configuration', () => {
    const r = resolveConfiguration(catalogue, { model: 'horizon', trim: 'horizon-ev-iconic', packs: ['hiver'], options: ['sieges-chauffants', 'pneus-hiver'], wheels: 'turbine' });
    expect(r.configuration).toEqual({ model: 'horizon', trim: 'horizon-ev-iconic', paint: 'blanc-glacier', wheels: 'turbine', interior: 'cuir-noir', options: [], packs: ['hiver'] });
    expect(r.conflicts.map((c) => c.kind)).toEqual(['included-in-pack', 'excludes']);
    expect(r.adjustments.map((a) => a.message.fr)).toEqual([
      'Retrait : Pneus hiver montés (jeu de 4) — incompatible avec les jantes Turbine 20 pouces',
      'Le Pack Hiver inclut les sièges avant chauffants',
    ]);
    expect(r.wheelInches).toBe(20);
    expect(r.interior.hex).toBe('#1C1C1E');
    expect(r.equipment.map((e) => [e.option.code, e.source, e.pack])).toEqual([
      ['sieges-chauffants', 'pack', 'hiver'],
      ['volant-chauffant', 'pack', 'hiver'],
      ['pare-brise-chauffant', 'pack', 'hiver'],
      ['pompe-a-chaleur', 'standard', undefined],
      ['vitrage-surteinte', 'standard', undefined],
      ['aide-stationnement', 'standard', undefined],
      ['camera-360', 'standard', undefined],
      ['retroviseurs-electriques', 'standard', undefined],
    ]);
  });
});

describe('listChoices', () => {
  it('gives the configurator each choice with its price on this trim and its state', () => {
    const c = { ...base('etincelle', 'etincelle-evolution'), packs: ['hiver'] };
    const choices = listChoices(catalogue, c);
    expect(choices.trims.map((t) => [t.code, t.state])).toEqual([
      ['etincelle-urban', 'available'],
      ['etincelle-evolution', 'selected'],
      ['etincelle-iconic', 'available'],
    ]);
    expect(choices.wheels.map((w) => [w.code, w.inches, w.priceCents])).toEqual([
      ['aero', 17, 0],
      ['sport', 18, 60_000],
    ]);
    const option = (code: string) => choices.options.find((o) => o.code === code);
    expect(option('sieges-chauffants')).toMatchObject({ state: 'included', note: { fr: 'Inclus dans le Pack Hiver' } });
    expect(option('aide-stationnement')).toMatchObject({ state: 'included', priceCents: 0, note: { en: 'Standard' } });
    expect(option('sieges-massants')).toBeUndefined(); // never offered on the Étincelle
    expect(choices.interiors.find((i) => i.code === 'cuir-cognac')).toMatchObject({ state: 'unavailable', note: { fr: 'Non disponible sur la finition Évolution 52 kWh' } });
    expect(choices.packs.find((p) => p.code === 'hiver')).toMatchObject({ state: 'selected', savingsCents: 25_000 });
  });
});
