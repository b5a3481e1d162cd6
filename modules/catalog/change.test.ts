import { describe, expect, it } from 'vitest';
import { proposeChange, type ConfigurationChange } from './change';
import { checkConfiguration } from './check';
import { catalogue } from './data';
import { normalizeConfiguration } from './normalize';
import type { Configuration, ConfigurationInput } from './types';

const start = (input: ConfigurationInput): Configuration => {
  const { configuration, adjustments } = normalizeConfiguration(catalogue, input);
  expect(adjustments).toEqual([]);
  return configuration;
};
const propose = (c: Configuration, type: ConfigurationChange['type'], code: string) => proposeChange(catalogue, c, { type, code });
const fr = (p: ReturnType<typeof propose>) => p.effects.map((e) => e.message.fr);

describe('proposeChange', () => {
  it('previews an exclusion: adding the panoramic roof removes the roof box', () => {
    const c = start({ model: 'horizon', trim: 'horizon-hybrid-evolution', options: ['barres-de-toit', 'coffre-de-toit'] });
    const p = propose(c, 'select-option', 'toit-panoramique');
    expect(p.status).toBe('ok');
    expect(p.message).toEqual({
      fr: 'Ajouter le toit panoramique retire le coffre de toit.',
      en: 'Adding the panoramic glass roof removes the roof box.',
    });
    expect(p.effects).toEqual([
      {
        kind: 'removed-excluded',
        subject: 'option:coffre-de-toit',
        cause: 'option:toit-panoramique',
        message: { fr: 'Retrait : Coffre de toit 420 L — incompatible avec le toit panoramique', en: 'Removed: 420 L roof box — incompatible with the panoramic glass roof' },
      },
    ]);
    expect(p.next.options).toEqual(['toit-panoramique', 'barres-de-toit']);
    // Undo is just going back to `previous`.
    expect(p.previous).toBe(c);
  });

  it('adds what is required: the head-up display brings the Pack Tech, whose contents replace separate options', () => {
    const c = start({ model: 'etincelle', trim: 'etincelle-evolution', options: ['navigation-connectee'] });
    const p = propose(c, 'select-option', 'affichage-tete-haute');
    expect(p.next).toMatchObject({ options: ['affichage-tete-haute'], packs: ['tech'] });
    expect(fr(p)).toEqual(['Ajout : Pack Tech, nécessaire pour l’affichage tête haute', 'Le Pack Tech inclut la navigation connectée']);
    expect(p.message.fr).toBe('Ajouter l’affichage tête haute ajoute le Pack Tech et inclut la navigation connectée.');
  });

  it('follows chains and switches the upholstery when an option needs leather', () => {
    const c = start({ model: 'horizon', trim: 'horizon-ev-evolution' });
    const p = propose(c, 'select-pack', 'confort');
    expect(p.next).toMatchObject({ interior: 'cuir-noir', packs: ['confort'], options: ['sieges-chauffants'] });
    expect(fr(p)).toEqual([
      'Ajout : Sièges avant chauffants, nécessaire pour le Pack Confort',
      'La sellerie tissu gris chiné est remplacée par la sellerie cuir noir — incompatible avec le Pack Confort',
    ]);
  });

  it('removes what depended on a removed item', () => {
    const c = start({ model: 'horizon', trim: 'horizon-hybrid-evolution', packs: ['tech'], options: ['affichage-tete-haute'] });
    const p = propose(c, 'deselect-pack', 'tech');
    expect(p.next.options).toEqual([]);
    expect(p.message.en).toBe('Removing the Tech Pack removes the head-up display.');
  });

  it('keeps a needed option when its pack goes', () => {
    const c = start({ model: 'horizon', trim: 'horizon-ev-iconic', packs: ['hiver'], options: ['sieges-massants'] });
    const p = propose(c, 'deselect-pack', 'hiver');
    expect(p.next).toMatchObject({ packs: [], options: ['sieges-chauffants', 'sieges-massants'] });
    expect(fr(p)).toEqual(['Ajout : Sièges avant chauffants, nécessaire pour les sièges avant massants']);
  });

  it('changing wheels removes what the new wheels exclude: "Incompatible avec les jantes 21 pouces"', () => {
    const c = start({ model: 'magistrale', trim: 'magistrale-petrol-gt', options: ['pneus-hiver'] });
    const p = propose(c, 'set-wheels', 'turbine');
    expect(p.next).toMatchObject({ wheels: 'turbine', options: [] });
    expect(fr(p)).toEqual(['Retrait : Pneus hiver montés (jeu de 4) — incompatible avec les jantes Turbine 21 pouces']);
    // And the other way round: winter tyres put the car back on wheels that exist in winter sizes.
    const back = propose(p.next, 'select-option', 'pneus-hiver');
    expect(back.next).toMatchObject({ wheels: 'sport', options: ['pneus-hiver'] });
    expect(back.message.fr).toBe('Ajouter les pneus hiver remplace les jantes Turbine 21 pouces par les jantes Sport 20 pouces.');
  });

  it('changing trim keeps what it can and unbundles a pack the new trim no longer offers', () => {
    const c = start({ model: 'horizon', trim: 'horizon-hybrid-evolution', packs: ['stationnement'], options: ['vitrage-surteinte', 'attelage'] });
    const p = propose(c, 'set-trim', 'horizon-hybrid-iconic');
    expect(p.next).toMatchObject({ trim: 'horizon-hybrid-iconic', packs: [], options: ['attelage', 'stationnement-automatique'] });
    expect(fr(p)).toEqual([
      'La sellerie tissu gris chiné est remplacée par la sellerie cuir noir — non disponible sur la finition Hybride 200 Iconic',
      'Retrait : Pack Stationnement — non proposé sur la finition Hybride 200 Iconic, qui a déjà les caméras 360° de série',
      'La finition Hybride 200 Iconic inclut déjà les vitres arrière surteintées de série',
      'Ajout : Stationnement automatique mains libres, auparavant dans le Pack Stationnement',
    ]);
    expect(checkConfiguration(catalogue, p.next)).toEqual([]);
  });

  it('changing model carries over what the new model offers', () => {
    const c = start({ model: 'etincelle', trim: 'etincelle-evolution', paint: 'vert-foret', options: ['attelage', 'barres-de-toit'] });
    const p = propose(c, 'set-model', 'magistrale');
    expect(p.next).toMatchObject({ model: 'magistrale', trim: 'magistrale-phev-executive', paint: 'noir-onyx', options: ['attelage'] });
    expect(fr(p)).toEqual([
      'La peinture Vert Forêt est remplacée par la peinture Noir Onyx — non disponible sur la Virage Magistrale',
      'La sellerie tissu gris chiné est remplacée par la sellerie cuir noir — non disponible sur la Virage Magistrale',
      'Retrait : Barres de toit — non disponible sur la Virage Magistrale',
    ]);
  });

  it('says why nothing happens', () => {
    const c = start({ model: 'etincelle', trim: 'etincelle-iconic', packs: ['hiver'] });
    expect(propose(c, 'select-option', 'sieges-chauffants')).toMatchObject({
      status: 'unchanged',
      next: c,
      message: { fr: 'Le Pack Hiver inclut déjà les sièges avant chauffants' },
    });
    expect(propose(c, 'select-option', 'pompe-a-chaleur').message.fr).toBe('La finition Iconic 52 kWh inclut déjà la pompe à chaleur de série');
    expect(propose(c, 'deselect-option', 'volant-chauffant')).toMatchObject({
      status: 'rejected',
      message: { fr: 'Le Pack Hiver inclut le volant chauffant : retirez le pack pour vous en passer' },
    });
    expect(propose(c, 'deselect-option', 'pompe-a-chaleur').status).toBe('rejected');
    expect(propose(c, 'select-pack', 'hiver').status).toBe('unchanged');
  });

  it('rejects what the trim does not offer, with the reason', () => {
    const urban = start({ model: 'etincelle', trim: 'etincelle-urban' });
    expect(propose(urban, 'select-option', 'attelage')).toMatchObject({ status: 'rejected', next: urban, effects: [], corrections: [], message: { fr: 'Non disponible sur la finition Urban 40 kWh' } });
    expect(propose(urban, 'set-paint', 'gris-mat').message.en).toBe('Not available on the Virage Étincelle');
    expect(propose(urban, 'set-trim', 'horizon-ev-iconic').status).toBe('rejected');
    expect(propose(urban, 'select-option', 'jetpack').message.fr).toBe('Code inconnu « jetpack »');
  });

  it('settles a tampered current configuration first and reports those fixes too', () => {
    const tampered = { ...start({ model: 'horizon', trim: 'horizon-ev-iconic' }), wheels: 'turbine', options: ['pneus-hiver'] };
    const p = propose(tampered, 'select-option', 'attelage');
    expect(p.status).toBe('ok');
    expect(p.corrections.map((a) => a.kind)).toEqual(['removed-excluded']);
    expect(p.effects).toEqual([]);
    expect(p.message.fr).toBe('Ajouter l’attelage.');
    expect(p.next.options).toEqual(['attelage']);
  });
});
