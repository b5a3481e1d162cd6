import type { BonusRule } from '../types';

/**
 * EV purchase aid, 2025: the "Coup de pouce véhicules particuliers électriques", funded by energy
 * suppliers through the CEE scheme (certificats d'économies d'énergie). It replaced the state-funded
 * "bonus écologique" for orders from 1 July 2025 and is deducted from the invoice by the dealer.
 *
 * Conditions (as published, July 2025): new 100 % electric passenger car (M1); acquisition cost at
 * most 47 000 € TTC; mass in running order below 2 400 kg; model listed by ADEME as meeting the
 * minimum "score environnemental". Amount: 3 100 €, or 4 200 € for low-income households (revenu
 * fiscal de référence per share up to the thresholds of the scheme). Sources: service-public.fr /
 * ministère de la Transition écologique announcements, relayed by the trade press (July 2025).
 *
 * Simplifications, on purpose: the acquisition cost is the configured price TTC, options included
 * (the stricter reading); the household category is supplied by the caller (we never guess income);
 * the buyer conditions (adult resident, keep the car at least a year...) are checked at order time.
 */
export const bonus2025: BonusRule = {
  name: {
    fr: 'Coup de pouce véhicules particuliers électriques (CEE)',
    en: 'Electric car purchase aid ("Coup de pouce", CEE scheme)',
  },
  effectiveFrom: '2025-07-01',
  source: 'Coup de pouce « Véhicules particuliers électriques », dispositif CEE, au 1er juillet 2025',
  energies: ['ev'],
  maxPriceTTCCents: 4_700_000,
  maxWeightKgExclusive: 2_400,
  requiresEcoScore: true,
  amountCents: { standard: 310_000, modest: 420_000 },
};
