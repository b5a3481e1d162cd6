import type { MalusGrid } from '../types';

/**
 * French CO2 registration tax ("malus écologique", taxe sur les émissions de dioxyde de carbone des
 * véhicules de tourisme), 2025 grid, for cars first registered in France from 1 March 2025.
 *
 * Source: Code des impositions sur les biens et services, art. L421-62, as amended by the loi
 * n° 2025-127 du 14 février 2025 de finances pour 2025. Change announced by DILA / service-public.fr
 * ("le barème du malus automobile est rehaussé à partir du 1er mars 2025", cap 70 000 €); the per-gram
 * amounts below are those reproduced by legipermis.com and fiches-auto.fr (Feb. 2025), which agree.
 * Check against Légifrance before relying on them for a real invoice.
 * WLTP combined CO2, g/km: nothing below 113; 50 € at 113; 67 467 € at 192; 70 000 € from 193.
 *
 * Not modelled here: the weight tax ("malus au poids"), the cap on CO2 + weight taxes combined, and
 * the reductions for large families. The 2026 grid (threshold 108 g/km, cap 80 000 €) will replace
 * this file: add malus-2026.ts and point the catalogue at it.
 */
export const malus2025: MalusGrid = {
  year: 2025,
  effectiveFrom: '2025-03-01',
  source: 'CIBS art. L421-62 (loi n° 2025-127 du 14 février 2025 de finances pour 2025), barème au 1er mars 2025',
  thresholdGKm: 113,
  amountsEuros: [
    50, 75, 100, 125, 150, 170, 190, 210, 230, 240, // 113-122 g/km
    260, 280, 310, 330, 360, 400, 450, 540, 650, 740, // 123-132 g/km
    818, 898, 983, 1074, 1172, 1276, 1386, 1504, 1629, 1761, // 133-142 g/km
    1901, 2049, 2205, 2370, 2544, 2726, 2918, 3119, 3331, 3552, // 143-152 g/km
    3784, 4026, 4279, 4543, 4818, 5105, 5404, 5715, 6126, 6637, // 153-162 g/km
    7248, 7959, 8770, 9681, 10_692, 11_803, 13_014, 14_325, 15_736, 17_247, // 163-172 g/km
    18_858, 20_569, 22_380, 24_291, 26_302, 28_413, 30_624, 32_935, 35_346, 37_857, // 173-182 g/km
    40_468, 43_179, 45_990, 48_901, 51_912, 55_023, 58_134, 61_245, 64_356, 67_467, // 183-192 g/km
  ],
  capFromGKm: 193,
  capEuros: 70_000,
};
