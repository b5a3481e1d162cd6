import type { MassGrid } from '../../types';

/**
 * French weight tax ("malus au poids", taxe sur la masse en ordre de marche des véhicules de
 * tourisme), CIBS art. L421-71 et seq., as amended by art. 27 of the loi n° 2025-127 du 14 février
 * 2025 de finances pour 2025 and by the loi de finances pour 2026. Consulted with the search tool
 * on 2026-12-06.
 *
 * - Method (service-public.fr fiche F35950, reproduced at agglo-paysdemeaux.fr/…xml=F35950): the
 *   grid gives a marginal tariff per fraction of the mass; "1 600 à 1 799" is 200 kg, so a mass M
 *   pays (min(M, band end) − band start + 1) kg in each band it reaches. Their example: 1 950 kg in
 *   2024 = 200 × 10 + 100 × 15 + 51 × 20 = 4 520 €. Mass and CO2 taxes together are capped at the
 *   CO2 grid's highest tariff (same fiche; CIBS art. L421-74).
 * - 2025 grid (unchanged from 2024): 0 up to 1 599 kg; 10 €/kg 1 600-1 799; 15 € 1 800-1 899; 20 €
 *   1 900-1 999; 25 € 2 000-2 099; 30 € from 2 100 kg (journalauto.com "Malus au poids : plus dure
 *   sera la taxe en 2026", Feb. 2025; service-public F35950).
 * - From 2026: 10 €/kg 1 500-1 699; 15 € 1 700-1 799; 20 € 1 800-1 899; 25 € 1 900-1 999; 30 € from
 *   2 000 kg (voituremalin.com "Malus au poids 2026 : ce qui change"; caradisiac.com "Malus 2026").
 * - Plug-in hybrids whose electric city range exceeds 50 km: 200 kg abatement, within 15 % of the
 *   mass (text quoted by phonandroid.com; journalauto.com, Feb. 2025). Other hybrids (non-plug-in,
 *   and plug-in up to 50 km): 100 kg abatement (journalauto.com; francetvinfo.fr, Nov. 2024).
 * - From 1 January 2027 the 100 kg abatement of the other hybrids is kept only when the electric
 *   motor's maximum net power exceeds 30 kW: the limitation voted in the loi de finances pour 2025 and
 *   postponed to 2027 because the registration system (SIV) could not yet read that power (government
 *   amendment, francetvinfo.fr and 42mag.fr, Nov. 2024, on taking the electric motor's maximum net power into
 *   account: "Cette nouvelle mesure ne pourra donc être mise en œuvre, d'un point de vue opérationnel, qu'à
 *   compter du 1er janvier 2027"), restated by
 *   the PLF 2026, art. 13 ("conditionner cet abattement à compter de 2027 à une puissance maximale nette du
 *   moteur électrique supérieure à 30 kilowatts"): alinéas 28-29 of the Assemblée's text n° 1906
 *   (amendments n° I-288 and I-716, which sought 14 kW instead) and alinéas 32-33 of the text the Senate
 *   received, n° 138 (amendment n° I-837, M. Dhersin, 24 Nov. 2025, same 14 kW request). Every text found
 *   says "supérieure à 30 kilowatts" (strictly above: 30 kW exactly gets no abatement). The enacted wording
 *   of CIBS art. L421-79-1 from 2027 was not found (search tool, 2026-12-06: juriblio.fr stores its current
 *   version only, "3 versions" listed; legal.tricoteuses.fr and Légifrance pages for the 2027 version are not
 *   stored; the Assemblée's nouvelle lecture amendment n° CF978 to text n° 2247 shows the article then set
 *   its abatements in a table, alinéa 36, whose adopted content was not found). Second pass, also without
 *   finding (search tool, 2026-12-06): lexbase.fr (L421-79 found, not L421-79-1), doctrine.fr (neither);
 *   the Sénat séance of 1 Dec. 2025 on art. 13 (stored part ends in its CGI paragraphs, before the CIBS
 *   ones); the Assemblée's open-data amendments to text n° 2247; GitHub files (exact strings "L421-79-1",
 *   "puissance maximale nette du moteur électrique": only a third-party app's reference list); no page
 *   found with the text adopted in lecture définitive or the loi de finances pour 2026 as published in the
 *   JORF. So this follows the bill and journalauto.com, "PLF 2026 : un cap clair pour le malus au poids
 *   jusqu'en 2028": micro-hybrids (electric motor under 30 kW) lose the 100 kg in 2027; full hybrids above
 *   30 kW keep it until 2028 at least; plug-in hybrids above 50 km keep 200 kg within 15 % until 2028.
 *   Short-range plug-in hybrids are read as "other hybrids" (same 30 kW condition). A car whose motor
 *   power is unknown gets no abatement: the estimate may overstate the tax, never understate it.
 * - Electric cars: the loi de finances pour 2025 made them taxable from 1 July 2026 unless "à faible
 *   empreinte carbone" (600 kg abatement otherwise; mobilians.fr on the CMP text). The loi de finances
 *   pour 2026 removed that (amendment n° I-2688, J.-L. Fugit, journalauto.com 2025-11-17 "Les voitures
 *   électriques sauvées du malus au poids"; text adopted after the 49.3 of 30 January 2026,
 *   automobile-propre.com "Les voitures électriques vont finalement échapper à ce malus": "Cette taxe au
 *   poids a donc été gommée de la loi de finances 2026"; caradisiac.com, 2026-02-03). They stay exempt.
 */

const longRangePhevAbatement = { kg: 200, minElectricRangeKm: 50, maxPctOfMass: 15 } as const;

export const massGrid2025: MassGrid = {
  year: 2025,
  effectiveFrom: '2025-01-01',
  effectiveTo: '2025-12-31',
  source: 'CIBS art. L421-71 et suivants (taxe sur la masse en ordre de marche), barème 2025',
  bands: [
    { fromKg: 1600, eurosPerKg: 10 },
    { fromKg: 1800, eurosPerKg: 15 },
    { fromKg: 1900, eurosPerKg: 20 },
    { fromKg: 2000, eurosPerKg: 25 },
    { fromKg: 2100, eurosPerKg: 30 },
  ],
  longRangePhevAbatement,
  otherHybridAbatementKg: 100,
  otherHybridMinElectricMotorKw: null,
  electricExempt: true,
};

const bandsFrom2026 = [
  { fromKg: 1500, eurosPerKg: 10 },
  { fromKg: 1700, eurosPerKg: 15 },
  { fromKg: 1800, eurosPerKg: 20 },
  { fromKg: 1900, eurosPerKg: 25 },
  { fromKg: 2000, eurosPerKg: 30 },
] as const;

export const massGrid2026: MassGrid = {
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  source: 'CIBS art. L421-71 et suivants, barème à compter de 2026 (loi n° 2025-127, art. 27 ; loi de finances pour 2026 : véhicules électriques toujours exonérés)',
  bands: bandsFrom2026,
  longRangePhevAbatement,
  otherHybridAbatementKg: 100,
  otherHybridMinElectricMotorKw: null,
  electricExempt: true,
};

export const massGrid2027: MassGrid = {
  year: 2027,
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  source: 'CIBS art. L421-71 et suivants, barème à compter de 2026 ; à partir de 2027, abattement de 100 kg des autres hybrides réservé à un moteur électrique de plus de 30 kW (LF 2025, art. 27 ; PLF 2026, art. 13)',
  bands: bandsFrom2026,
  longRangePhevAbatement,
  otherHybridAbatementKg: 100,
  otherHybridMinElectricMotorKw: 30,
  electricExempt: true,
};

export const massGrids: readonly MassGrid[] = [massGrid2025, massGrid2026, massGrid2027];
