import type { Pack } from '../types';

// A pack is only offered on trims where none of its contents is standard (no paying twice),
// and two packs never share contents (checked by validateCatalogue).
export const packs: readonly Pack[] = [
  {
    code: 'hiver',
    name: { fr: 'Pack Hiver', en: 'Winter Pack' },
    inSentence: { fr: 'le Pack Hiver', en: 'the Winter Pack' },
    description: {
      fr: 'Sièges avant chauffants, volant chauffant et pare-brise chauffant.',
      en: 'Heated front seats, heated steering wheel and heated windscreen.',
    },
    priceCents: 65_000,
    includes: ['sieges-chauffants', 'volant-chauffant', 'pare-brise-chauffant'],
  },
  {
    code: 'tech',
    name: { fr: 'Pack Tech', en: 'Tech Pack' },
    inSentence: { fr: 'le Pack Tech', en: 'the Tech Pack' },
    description: {
      fr: 'Navigation connectée 12", audio premium et chargeur à induction.',
      en: '12" connected navigation, premium audio and wireless charger.',
    },
    priceCents: 129_000,
    availability: { models: ['etincelle', 'horizon'] },
    includes: ['navigation-connectee', 'audio-premium', 'recharge-induction'],
  },
  {
    code: 'stationnement',
    name: { fr: 'Pack Stationnement', en: 'Parking Pack' },
    inSentence: { fr: 'le Pack Stationnement', en: 'the Parking Pack' },
    description: {
      fr: 'Caméras 360°, stationnement automatique et rétroviseurs rabattables.',
      en: '360° cameras, hands-free park assist and power-folding mirrors.',
    },
    priceCents: 99_000,
    includes: ['camera-360', 'stationnement-automatique', 'retroviseurs-electriques'],
  },
  {
    code: 'confort',
    name: { fr: 'Pack Confort', en: 'Comfort Pack' },
    inSentence: { fr: 'le Pack Confort', en: 'the Comfort Pack' },
    description: {
      fr: 'Sièges massants et ventilés, climatisation 4 zones, suspension pilotée.',
      en: 'Massaging ventilated seats, four-zone climate control, adaptive damping.',
    },
    priceCents: 289_000,
    availability: { models: ['horizon', 'magistrale'] },
    includes: ['sieges-massants', 'climatisation-4-zones', 'suspension-pilotee'],
  },
];
