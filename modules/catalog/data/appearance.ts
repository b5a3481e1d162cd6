import type { Interior, Paint, Wheel } from '../types';

// Paint, wheel and interior codes are shared with the 3D model generator: keep them stable.

export const paints: readonly Paint[] = [
  {
    code: 'blanc-glacier',
    name: { fr: 'Blanc Glacier', en: 'Glacier White' },
    finish: 'solid',
    hex: '#EEF1F2',
    offers: { etincelle: { priceCents: 0 }, horizon: { priceCents: 0 }, magistrale: { priceCents: 0 } },
  },
  {
    code: 'rouge-vif',
    name: { fr: 'Rouge Vif', en: 'Vivid Red' },
    finish: 'solid',
    hex: '#C1121F',
    offers: { etincelle: { priceCents: 45_000 }, horizon: { priceCents: 55_000 } },
  },
  {
    code: 'gris-titane',
    name: { fr: 'Gris Titane', en: 'Titanium Grey' },
    finish: 'metallic',
    hex: '#5C6166',
    offers: { etincelle: { priceCents: 75_000 }, horizon: { priceCents: 90_000 }, magistrale: { priceCents: 120_000 } },
  },
  {
    code: 'bleu-abysse',
    name: { fr: 'Bleu Abysse', en: 'Abyss Blue' },
    finish: 'metallic',
    hex: '#1B2F4B',
    offers: { etincelle: { priceCents: 75_000 }, horizon: { priceCents: 90_000 }, magistrale: { priceCents: 120_000 } },
  },
  {
    code: 'noir-onyx',
    name: { fr: 'Noir Onyx', en: 'Onyx Black' },
    finish: 'metallic',
    hex: '#0E0F11',
    // Standard colour of the Magistrale: metallic black at no cost there.
    offers: { etincelle: { priceCents: 75_000 }, horizon: { priceCents: 90_000 }, magistrale: { priceCents: 0 } },
  },
  {
    code: 'vert-foret',
    name: { fr: 'Vert Forêt', en: 'Forest Green' },
    finish: 'metallic',
    hex: '#2E4A3B',
    offers: { etincelle: { priceCents: 75_000 }, horizon: { priceCents: 90_000 } },
  },
  {
    code: 'argent-lune',
    name: { fr: 'Argent Lune', en: 'Moon Silver' },
    finish: 'metallic',
    hex: '#B8BDC3',
    offers: { horizon: { priceCents: 90_000 }, magistrale: { priceCents: 120_000 } },
  },
  {
    code: 'gris-mat',
    name: { fr: 'Gris Mat', en: 'Matte Grey' },
    finish: 'matte',
    hex: '#6B6E70',
    offers: {
      horizon: { priceCents: 220_000, trims: ['horizon-hybrid-iconic', 'horizon-ev-iconic'] },
      magistrale: { priceCents: 290_000, trims: ['magistrale-petrol-gt', 'magistrale-ev-gt'] },
    },
  },
  {
    code: 'sable-mat',
    name: { fr: 'Sable Mat', en: 'Matte Sand' },
    finish: 'matte',
    hex: '#B5A283',
    offers: {
      etincelle: { priceCents: 190_000, trims: ['etincelle-iconic'] },
      magistrale: { priceCents: 290_000 },
    },
  },
];

export const wheels: readonly Wheel[] = [
  {
    code: 'aero',
    name: { fr: 'Aéro', en: 'Aero' },
    fitments: {
      etincelle: { inches: 17, priceCents: 0, co2DeltaG: 0 },
      horizon: { inches: 18, priceCents: 0, co2DeltaG: 0 },
      magistrale: { inches: 19, priceCents: 0, co2DeltaG: 0 },
    },
  },
  {
    code: 'sport',
    name: { fr: 'Sport', en: 'Sport' },
    fitments: {
      etincelle: { inches: 18, priceCents: 60_000, co2DeltaG: 0, standardOn: ['etincelle-iconic'] },
      horizon: { inches: 19, priceCents: 80_000, co2DeltaG: 2, standardOn: ['horizon-hybrid-iconic', 'horizon-ev-iconic'] },
      magistrale: { inches: 20, priceCents: 120_000, co2DeltaG: 3, standardOn: ['magistrale-petrol-gt'] },
    },
  },
  {
    // The big one: too large for the Étincelle, Iconic/GT only, and winter tyres do not exist in its size.
    code: 'turbine',
    name: { fr: 'Turbine', en: 'Turbine' },
    fitments: {
      horizon: { inches: 20, priceCents: 150_000, co2DeltaG: 4, trims: ['horizon-hybrid-iconic', 'horizon-ev-iconic'] },
      magistrale: {
        inches: 21,
        priceCents: 220_000,
        co2DeltaG: 6,
        trims: ['magistrale-petrol-gt', 'magistrale-ev-executive', 'magistrale-ev-gt'],
        standardOn: ['magistrale-ev-gt'],
      },
    },
  },
];

export const interiors: readonly Interior[] = [
  {
    code: 'tissu-gris',
    name: { fr: 'Tissu gris chiné', en: 'Grey mélange fabric' },
    material: 'fabric',
    hex: '#5E6266',
    accentHex: '#8A8F94',
    offers: {
      etincelle: { priceCents: 0, trims: ['etincelle-urban', 'etincelle-evolution'] },
      horizon: { priceCents: 0, trims: ['horizon-hybrid-evolution', 'horizon-ev-evolution'] },
    },
  },
  {
    code: 'cuir-noir',
    name: { fr: 'Cuir noir', en: 'Black leather' },
    material: 'leather',
    hex: '#1C1C1E',
    accentHex: '#3A3A3D',
    offers: {
      etincelle: { priceCents: 150_000, trims: ['etincelle-evolution', 'etincelle-iconic'], standardOn: ['etincelle-iconic'] },
      horizon: { priceCents: 190_000, standardOn: ['horizon-hybrid-iconic', 'horizon-ev-iconic'] },
      magistrale: { priceCents: 0 },
    },
  },
  {
    code: 'cuir-cognac',
    name: { fr: 'Cuir cognac', en: 'Cognac leather' },
    material: 'leather',
    hex: '#8B4A26',
    accentHex: '#D9B48F',
    offers: {
      etincelle: { priceCents: 180_000, trims: ['etincelle-iconic'] },
      horizon: { priceCents: 230_000, trims: ['horizon-hybrid-iconic', 'horizon-ev-iconic'] },
      magistrale: { priceCents: 90_000, standardOn: ['magistrale-ev-gt'] },
    },
  },
];
