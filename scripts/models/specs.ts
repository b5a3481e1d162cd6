// Proportions of each catalogue model. Distances `s` are measured from the front bumper backwards
// (metres); heights are above the ground. The three silhouettes differ in wheelbase, overhangs,
// greenhouse and tail, which is what makes them recognisable at a glance.

export type Key = readonly [s: number, z: number];

export type CarSpec = {
  code: 'etincelle' | 'horizon' | 'magistrale';
  length: number;
  width: number;
  frontAxle: number;
  wheelbase: number;
  tyreRadius: number;
  tyreWidth: number;
  rimRadius: number;
  archClearance: number;
  /** Underbody height along the car. */
  bottom: Key[];
  /** Height of the widest line of the body side. */
  maxWidthZ: number;
  /** Shoulder/hood/deck line (top of the lower body). */
  shoulder: Key[];
  shoulderInset: number;
  hoodCrown: number;
  /** Roof line from windshield base to rear window base (absolute heights). */
  roof: Key[];
  roofCorner: number;
  /** Greenhouse side lean, degrees from vertical. */
  tumblehome: number;
  windshield: [base: number, top: number];
  rearWindow: [top: number, base: number];
  bPillar: number;
  /** End of the side glass; beyond it the C (or D) pillar. */
  sideGlassEnd: number;
  /** SUV rear quarter glass: pillar between rear door and quarter window. */
  cPillar?: number;
  frontRound: [length: number, exponent: number];
  rearRound: [length: number, exponent: number];
  noseDrop: number;
  tailDrop: number;
  seats: { front: number; rear: number; cushionZ: number; floorZ: number };
  style: 'ev' | 'suv' | 'premium';
};

export const CAR_SPECS: CarSpec[] = [
  {
    code: 'etincelle',
    length: 4.06,
    width: 1.8,
    frontAxle: 0.8,
    wheelbase: 2.6,
    tyreRadius: 0.335,
    tyreWidth: 0.215,
    rimRadius: 0.235,
    archClearance: 0.055,
    bottom: [
      [0, 0.3],
      [0.45, 0.17],
      [3.7, 0.17],
      [4.06, 0.34],
    ],
    maxWidthZ: 0.56,
    shoulder: [
      [0, 0.64],
      [0.3, 0.78],
      [0.8, 0.87],
      [1.3, 0.93],
      [2.4, 0.98],
      [3.5, 1.02],
      [4.06, 1.0],
    ],
    shoulderInset: 0.05,
    hoodCrown: 0.045,
    roof: [
      [1.3, 0.975],
      [1.62, 1.24],
      [2.05, 1.45],
      [2.7, 1.5],
      [3.35, 1.47],
      [3.6, 1.33],
      [3.86, 1.06],
    ],
    roofCorner: 0.1,
    tumblehome: 21,
    windshield: [1.3, 2.05],
    rearWindow: [3.4, 3.86],
    bPillar: 2.55,
    sideGlassEnd: 3.2,
    frontRound: [0.55, 2.6],
    rearRound: [0.32, 3.2],
    noseDrop: 0.09,
    tailDrop: 0.07,
    seats: { front: 2.32, rear: 3.14, cushionZ: 0.56, floorZ: 0.3 },
    style: 'ev',
  },
  {
    code: 'horizon',
    length: 4.62,
    width: 1.89,
    frontAxle: 0.93,
    wheelbase: 2.76,
    tyreRadius: 0.37,
    tyreWidth: 0.235,
    rimRadius: 0.25,
    archClearance: 0.06,
    bottom: [
      [0, 0.38],
      [0.55, 0.22],
      [4.1, 0.22],
      [4.62, 0.42],
    ],
    maxWidthZ: 0.66,
    shoulder: [
      [0, 0.8],
      [0.3, 0.96],
      [1.0, 1.04],
      [1.45, 1.08],
      [3.0, 1.12],
      [4.2, 1.16],
      [4.62, 1.13],
    ],
    shoulderInset: 0.06,
    hoodCrown: 0.05,
    roof: [
      [1.45, 1.13],
      [1.8, 1.44],
      [2.2, 1.63],
      [3.2, 1.69],
      [4.08, 1.67],
      [4.25, 1.5],
      [4.44, 1.19],
    ],
    roofCorner: 0.11,
    tumblehome: 15,
    windshield: [1.45, 2.2],
    rearWindow: [4.1, 4.44],
    bPillar: 2.75,
    sideGlassEnd: 3.95,
    cPillar: 3.55,
    frontRound: [0.45, 3.2],
    rearRound: [0.26, 3.6],
    noseDrop: 0.08,
    tailDrop: 0.05,
    seats: { front: 2.55, rear: 3.42, cushionZ: 0.74, floorZ: 0.4 },
    style: 'suv',
  },
  {
    code: 'magistrale',
    length: 4.96,
    width: 1.87,
    frontAxle: 0.86,
    wheelbase: 2.96,
    tyreRadius: 0.35,
    tyreWidth: 0.245,
    rimRadius: 0.245,
    archClearance: 0.05,
    bottom: [
      [0, 0.26],
      [0.5, 0.14],
      [4.3, 0.14],
      [4.96, 0.3],
    ],
    maxWidthZ: 0.52,
    shoulder: [
      [0, 0.58],
      [0.3, 0.7],
      [1.0, 0.8],
      [1.78, 0.86],
      [3.5, 0.92],
      [4.4, 0.96],
      [4.8, 0.97],
      [4.96, 0.93],
    ],
    shoulderInset: 0.05,
    hoodCrown: 0.04,
    roof: [
      [1.78, 0.9],
      [2.2, 1.2],
      [2.62, 1.38],
      [3.15, 1.43],
      [3.6, 1.37],
      [3.95, 1.19],
      [4.36, 0.995],
    ],
    roofCorner: 0.09,
    tumblehome: 24,
    windshield: [1.78, 2.62],
    rearWindow: [3.6, 4.36],
    bPillar: 2.95,
    sideGlassEnd: 3.75,
    frontRound: [0.55, 2.6],
    rearRound: [0.45, 2.4],
    noseDrop: 0.08,
    tailDrop: 0.13,
    seats: { front: 2.78, rear: 3.62, cushionZ: 0.47, floorZ: 0.26 },
    style: 'premium',
  },
];

export const specByCode = (code: string): CarSpec => {
  const spec = CAR_SPECS.find((s) => s.code === code);
  if (!spec) throw new Error(`No car spec for ${code}`);
  return spec;
};
