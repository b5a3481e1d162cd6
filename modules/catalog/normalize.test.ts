import { describe, expect, it } from 'vitest';
import { checkConfiguration } from './check';
import { catalogue } from './data';
import { defaultConfiguration, normalizeConfiguration, sameConfiguration } from './normalize';

describe('normalizeConfiguration', () => {
  it('fills missing fields with the trim defaults, silently', () => {
    expect(normalizeConfiguration(catalogue, {})).toEqual({
      configuration: { model: 'etincelle', trim: 'etincelle-urban', paint: 'blanc-glacier', wheels: 'aero', interior: 'tissu-gris', options: [], packs: [] },
      adjustments: [],
    });
    expect(normalizeConfiguration(catalogue, { trim: 'magistrale-ev-gt' }).configuration).toMatchObject({ model: 'magistrale', wheels: 'turbine', interior: 'cuir-cognac' });
    expect(defaultConfiguration(catalogue, 'horizon').trim).toBe('horizon-hybrid-evolution');
  });

  it('picks a missing upholstery that suits the chosen options instead of dropping them', () => {
    const { configuration, adjustments } = normalizeConfiguration(catalogue, { model: 'horizon', trim: 'horizon-ev-evolution', options: ['sieges-massants', 'sieges-chauffants'] });
    expect(configuration).toMatchObject({ interior: 'cuir-noir', options: ['sieges-chauffants', 'sieges-massants'] });
    expect(adjustments).toEqual([]);
  });

  it('opens a stale link on the nearest valid configuration and says what changed', () => {
    const { configuration, adjustments } = normalizeConfiguration(catalogue, {
      model: 'horizon',
      trim: 'horizon-ev-ultimate',
      paint: 'rose-bonbon',
      wheels: 'turbine',
      options: ['coffre-de-toit', 'affichage-tete-haute', 'toit-panoramique', 'volant-chauffant'],
      packs: ['hiver'],
    });
    expect(configuration).toEqual({
      model: 'horizon',
      trim: 'horizon-hybrid-evolution',
      paint: 'blanc-glacier',
      wheels: 'aero',
      interior: 'tissu-gris',
      options: ['barres-de-toit', 'coffre-de-toit', 'affichage-tete-haute'],
      packs: ['hiver', 'tech'],
    });
    expect(adjustments.map((a) => a.message.fr)).toEqual([
      'Code inconnu « horizon-ev-ultimate » : la finition Hybride 160 Évolution à la place',
      'Code inconnu « rose-bonbon » : la peinture Blanc Glacier à la place',
      'Les jantes Turbine 20 pouces sont remplacées par les jantes Aéro 18 pouces — non disponible sur la finition Hybride 160 Évolution',
      'Retrait : Toit panoramique vitré — incompatible avec le coffre de toit',
      'Ajout : Barres de toit, nécessaire pour le coffre de toit',
      'Ajout : Pack Tech, nécessaire pour l’affichage tête haute',
      'Le Pack Hiver inclut le volant chauffant',
    ]);
    expect(adjustments[0]?.message.en).toBe('Unknown code "horizon-ev-ultimate": the Hybrid 160 Evolution trim instead');
    expect(checkConfiguration(catalogue, configuration)).toEqual([]);
  });

  it('falls back to the first model for an unknown one, and to the model of a known trim', () => {
    expect(normalizeConfiguration(catalogue, { model: 'twingo' }).adjustments[0]?.message.fr).toBe('Code inconnu « twingo » : la Virage Étincelle à la place');
    expect(normalizeConfiguration(catalogue, { model: 'twingo', trim: 'horizon-ev-iconic' }).configuration.model).toBe('horizon');
    expect(normalizeConfiguration(catalogue, { model: 'etincelle', trim: 'horizon-ev-iconic' }).adjustments[0]?.message.fr).toBe(
      'La finition Électrique 87 kWh Iconic 4x4 est remplacée par la finition Urban 40 kWh — finition d’un autre modèle',
    );
  });

  it('is idempotent and canonical (catalogue order, no duplicates)', () => {
    const once = normalizeConfiguration(catalogue, { model: 'horizon', trim: 'horizon-ev-iconic', options: ['attelage', 'sieges-chauffants', 'attelage'], packs: ['tech', 'hiver'] });
    expect(once.configuration).toMatchObject({ options: ['attelage'], packs: ['hiver', 'tech'] });
    const twice = normalizeConfiguration(catalogue, once.configuration);
    expect(twice).toEqual({ configuration: once.configuration, adjustments: [] });
  });
});

describe('sameConfiguration', () => {
  it('ignores list order only', () => {
    const a = defaultConfiguration(catalogue, 'horizon');
    expect(sameConfiguration({ ...a, options: ['x', 'y'] }, { ...a, options: ['y', 'x'] })).toBe(true);
    expect(sameConfiguration({ ...a, options: ['x', 'x'] }, { ...a, options: ['x', 'y'] })).toBe(false);
    expect(sameConfiguration(a, { ...a, paint: 'rouge-vif' })).toBe(false);
  });
});
