import { bundledManifest } from './bundled-manifest';
import { SilhouetteSvg } from './SilhouetteSvg';

/** A static side view of a catalogue model: no 3D, no client JavaScript. */
export function CarSilhouette({ model, paintHex, label }: { model: string; paintHex: string; label: string }) {
  const silhouette = bundledManifest.models[model]?.silhouette;
  return silhouette ? <SilhouetteSvg silhouette={silhouette} paintHex={paintHex} label={label} className="h-auto w-full" /> : null;
}
