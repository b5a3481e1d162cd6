import type { CarModel } from '../types';

// Specs are plausible WLTP-style figures for fictional cars; powerHp = round(kW × 1.35962).
// electricMotorKw (hybrids) is maker data: the electric machine's maximum net power, which from 2027
// decides the hybrid weight-tax abatement (full hybrids above 30 kW keep it, micro-hybrids lose it).
// Prices are public prices TTC (20 % VAT included), in cents.

const etincelle: CarModel = {
  code: 'etincelle',
  name: { fr: 'Virage Étincelle', en: 'Virage Étincelle' },
  tagline: { fr: 'La citadine électrique qui a du caractère', en: 'The compact electric hatchback with character' },
  bodyStyle: 'hatchback',
  ecoScoreEligible: true,
  trims: [
    {
      code: 'etincelle-urban',
      model: 'etincelle',
      name: { fr: 'Urban 40 kWh', en: 'Urban 40 kWh' },
      energy: 'ev',
      specs: { powerKw: 70, powerHp: 95, co2GKm: 0, zeroTo100S: 12.1, massInRunningOrderKg: 1350, topSpeedKmh: 140, rangeKm: 312, batteryKwh: 40, consumptionKwh100km: 14.9 },
      basePriceCents: 2_599_000,
      standardOptions: [],
      defaults: { paint: 'blanc-glacier', wheels: 'aero', interior: 'tissu-gris' },
    },
    {
      code: 'etincelle-evolution',
      model: 'etincelle',
      name: { fr: 'Évolution 52 kWh', en: 'Evolution 52 kWh' },
      energy: 'ev',
      specs: { powerKw: 110, powerHp: 150, co2GKm: 0, zeroTo100S: 8.0, massInRunningOrderKg: 1450, topSpeedKmh: 150, rangeKm: 410, batteryKwh: 52, consumptionKwh100km: 14.6 },
      basePriceCents: 3_149_000,
      standardOptions: ['aide-stationnement'],
      defaults: { paint: 'blanc-glacier', wheels: 'aero', interior: 'tissu-gris' },
    },
    {
      code: 'etincelle-iconic',
      model: 'etincelle',
      name: { fr: 'Iconic 52 kWh', en: 'Iconic 52 kWh' },
      energy: 'ev',
      specs: { powerKw: 110, powerHp: 150, co2GKm: 0, zeroTo100S: 8.0, massInRunningOrderKg: 1470, topSpeedKmh: 150, rangeKm: 400, batteryKwh: 52, consumptionKwh100km: 15.0 },
      basePriceCents: 3_599_000,
      standardOptions: ['aide-stationnement', 'pompe-a-chaleur', 'vitrage-surteinte'],
      defaults: { paint: 'blanc-glacier', wheels: 'sport', interior: 'cuir-noir' },
    },
  ],
};

const horizon: CarModel = {
  code: 'horizon',
  name: { fr: 'Virage Horizon', en: 'Virage Horizon' },
  tagline: { fr: 'Le SUV familial, hybride ou électrique', en: 'The family SUV, hybrid or electric' },
  bodyStyle: 'suv',
  ecoScoreEligible: true,
  // Maker data: assembled in France with a battery made in the EEA (ADEME list for the CEE European bonification).
  europeanBattery: true,
  trims: [
    {
      code: 'horizon-hybrid-evolution',
      model: 'horizon',
      name: { fr: 'Hybride 160 Évolution', en: 'Hybrid 160 Evolution' },
      energy: 'hybrid',
      specs: { powerKw: 118, powerHp: 160, co2GKm: 118, zeroTo100S: 9.6, massInRunningOrderKg: 1560, topSpeedKmh: 180, consumptionL100km: 5.2, electricMotorKw: 50 },
      basePriceCents: 3_649_000,
      standardOptions: ['aide-stationnement'],
      defaults: { paint: 'blanc-glacier', wheels: 'aero', interior: 'tissu-gris' },
    },
    {
      code: 'horizon-hybrid-iconic',
      model: 'horizon',
      name: { fr: 'Hybride 200 Iconic', en: 'Hybrid 200 Iconic' },
      energy: 'hybrid',
      specs: { powerKw: 147, powerHp: 200, co2GKm: 126, zeroTo100S: 8.4, massInRunningOrderKg: 1640, topSpeedKmh: 190, consumptionL100km: 5.6, electricMotorKw: 65 },
      basePriceCents: 4_299_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'vitrage-surteinte'],
      defaults: { paint: 'blanc-glacier', wheels: 'sport', interior: 'cuir-noir' },
    },
    {
      code: 'horizon-ev-evolution',
      model: 'horizon',
      name: { fr: 'Électrique 73 kWh Évolution', en: 'Electric 73 kWh Evolution' },
      energy: 'ev',
      specs: { powerKw: 160, powerHp: 218, co2GKm: 0, zeroTo100S: 8.2, massInRunningOrderKg: 1980, topSpeedKmh: 170, rangeKm: 470, batteryKwh: 73, consumptionKwh100km: 17.0 },
      basePriceCents: 4_449_000,
      standardOptions: ['aide-stationnement', 'pompe-a-chaleur'],
      defaults: { paint: 'blanc-glacier', wheels: 'aero', interior: 'tissu-gris' },
    },
    {
      code: 'horizon-ev-iconic',
      model: 'horizon',
      name: { fr: 'Électrique 87 kWh Iconic 4x4', en: 'Electric 87 kWh Iconic AWD' },
      energy: 'ev',
      specs: { powerKw: 250, powerHp: 340, co2GKm: 0, zeroTo100S: 5.9, massInRunningOrderKg: 2150, topSpeedKmh: 180, rangeKm: 520, batteryKwh: 87, consumptionKwh100km: 18.2 },
      basePriceCents: 5_299_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'vitrage-surteinte', 'pompe-a-chaleur'],
      defaults: { paint: 'blanc-glacier', wheels: 'sport', interior: 'cuir-noir' },
    },
  ],
};

const magistrale: CarModel = {
  code: 'magistrale',
  name: { fr: 'Virage Magistrale', en: 'Virage Magistrale' },
  tagline: { fr: 'La berline premium, tout en sérénité', en: 'The premium saloon, serenity first' },
  bodyStyle: 'sedan',
  ecoScoreEligible: true,
  trims: [
    {
      code: 'magistrale-phev-executive',
      model: 'magistrale',
      name: { fr: 'Hybride rechargeable 300 Executive', en: 'Plug-in Hybrid 300 Executive' },
      energy: 'phev',
      specs: { powerKw: 221, powerHp: 300, co2GKm: 25, zeroTo100S: 6.2, massInRunningOrderKg: 1890, topSpeedKmh: 235, rangeKm: 85, electricMotorKw: 100, batteryKwh: 19.4, consumptionL100km: 1.1, consumptionKwh100km: 16.5 },
      basePriceCents: 5_890_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'navigation-connectee', 'audio-premium', 'affichage-tete-haute', 'recharge-induction'],
      defaults: { paint: 'noir-onyx', wheels: 'aero', interior: 'cuir-noir' },
    },
    {
      code: 'magistrale-petrol-gt',
      model: 'magistrale',
      name: { fr: 'GT 2.0 Turbo 265', en: 'GT 2.0 Turbo 265' },
      energy: 'petrol',
      specs: { powerKw: 195, powerHp: 265, co2GKm: 177, zeroTo100S: 5.9, massInRunningOrderKg: 1720, topSpeedKmh: 250, consumptionL100km: 7.8 },
      basePriceCents: 6_250_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'navigation-connectee', 'audio-premium', 'affichage-tete-haute', 'recharge-induction', 'suspension-pilotee'],
      defaults: { paint: 'noir-onyx', wheels: 'sport', interior: 'cuir-noir' },
    },
    {
      code: 'magistrale-ev-executive',
      model: 'magistrale',
      name: { fr: 'Électrique 100 kWh Executive', en: 'Electric 100 kWh Executive' },
      energy: 'ev',
      specs: { powerKw: 250, powerHp: 340, co2GKm: 0, zeroTo100S: 5.6, massInRunningOrderKg: 2210, topSpeedKmh: 210, rangeKm: 680, batteryKwh: 100, consumptionKwh100km: 15.8 },
      basePriceCents: 6_490_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'navigation-connectee', 'audio-premium', 'affichage-tete-haute', 'recharge-induction', 'pompe-a-chaleur'],
      defaults: { paint: 'noir-onyx', wheels: 'aero', interior: 'cuir-noir' },
    },
    {
      code: 'magistrale-ev-gt',
      model: 'magistrale',
      name: { fr: 'Électrique GT Dual Motor', en: 'Electric GT Dual Motor' },
      energy: 'ev',
      specs: { powerKw: 400, powerHp: 544, co2GKm: 0, zeroTo100S: 3.9, massInRunningOrderKg: 2330, topSpeedKmh: 250, rangeKm: 610, batteryKwh: 100, consumptionKwh100km: 17.9 },
      basePriceCents: 7_990_000,
      standardOptions: ['aide-stationnement', 'camera-360', 'retroviseurs-electriques', 'navigation-connectee', 'audio-premium', 'affichage-tete-haute', 'recharge-induction', 'pompe-a-chaleur', 'suspension-pilotee', 'chargeur-22kw'],
      defaults: { paint: 'noir-onyx', wheels: 'turbine', interior: 'cuir-cognac' },
    },
  ],
};

export const models: readonly CarModel[] = [etincelle, horizon, magistrale];
