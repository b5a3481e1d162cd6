// PBR materials of the generated cars. Names are stable: the manifest and the viewer find
// materials by name, so a manufacturer's file only needs the same names (or its own, listed in
// the manifest).

export type MaterialDef = {
  color: string;
  alpha?: number;
  metallic: number;
  roughness: number;
  emissive?: string;
  clearcoat?: { factor: number; roughness: number };
  doubleSided?: boolean;
};

export const WHEEL_DESIGNS = ['aero', 'sport', 'turbine'] as const;
export type WheelDesign = (typeof WHEEL_DESIGNS)[number];
export const INTERIORS = ['tissu-gris', 'cuir-noir', 'cuir-cognac'] as const;
export type InteriorCode = (typeof INTERIORS)[number];

export const rimMaterial = (design: WheelDesign) => `rim-${design}`;
export const interiorMaterial = (code: InteriorCode) => `interior-${code}`;
/** Seats and trim inserts carry this placeholder until the per-interior variants are attached. */
export const INTERIOR_SLOT = interiorMaterial('tissu-gris');

export const MATERIALS: Record<string, MaterialDef> = {
  paint: { color: '#8a1c1c', metallic: 0.6, roughness: 0.32, clearcoat: { factor: 1, roughness: 0.04 } },
  glass: { color: '#0d1317', alpha: 0.32, metallic: 0, roughness: 0.04, doubleSided: true },
  chrome: { color: '#e8eaec', metallic: 1, roughness: 0.08 },
  tyre: { color: '#121212', metallic: 0, roughness: 0.82 },
  'trim-gloss': { color: '#0b0b0c', metallic: 0.1, roughness: 0.18, clearcoat: { factor: 1, roughness: 0.05 } },
  underbody: { color: '#16171a', metallic: 0, roughness: 0.75 },
  'light-front': { color: '#f4f6f8', metallic: 0.2, roughness: 0.1, emissive: '#cfd8e6' },
  'light-rear': { color: '#5a0508', metallic: 0.1, roughness: 0.15, emissive: '#b3121a' },
  cabin: { color: '#2a2b2e', metallic: 0, roughness: 0.7, doubleSided: true },
  screen: { color: '#05070a', metallic: 0.2, roughness: 0.12, emissive: '#0b1522' },
  brake: { color: '#55585c', metallic: 0.85, roughness: 0.45 },
  caliper: { color: '#3a3d42', metallic: 0.3, roughness: 0.4 },
  [rimMaterial('aero')]: { color: '#c9ccd0', metallic: 0.85, roughness: 0.3 },
  [rimMaterial('sport')]: { color: '#3b3e43', metallic: 0.9, roughness: 0.28 },
  [rimMaterial('turbine')]: { color: '#e3e5e8', metallic: 1, roughness: 0.12 },
  [interiorMaterial('tissu-gris')]: { color: '#5e6266', metallic: 0, roughness: 0.95 },
  [interiorMaterial('cuir-noir')]: { color: '#1c1c1e', metallic: 0, roughness: 0.5, clearcoat: { factor: 0.3, roughness: 0.4 } },
  [interiorMaterial('cuir-cognac')]: { color: '#8b4a26', metallic: 0, roughness: 0.5, clearcoat: { factor: 0.3, roughness: 0.4 } },
};

/** '#rrggbb' (sRGB) → linear RGB, as glTF colour factors are linear. */
export function hexToLinear(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Bad colour ${hex}`);
  const v = parseInt(m[1]!, 16);
  const toLinear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [toLinear((v >> 16) & 255), toLinear((v >> 8) & 255), toLinear(v & 255)];
}
