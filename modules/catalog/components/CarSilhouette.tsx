import { bundledManifest } from './bundled-manifest';

/** A light, static side view of a model in a paint colour: for lineups and cards, no 3D needed. */
export function CarSilhouette({ model, paintHex, label }: { model: string; paintHex: string; label: string }) {
  const silhouette = bundledManifest.models[model]?.silhouette;
  if (!silhouette) return null;
  const [, , width, height] = silhouette.viewBox;
  return (
    <svg viewBox={silhouette.viewBox.join(' ')} role="img" aria-label={label} className="h-auto w-full">
      <ellipse cx={width / 2} cy={height - 40} rx={width * 0.5} ry={40} fill="rgba(15,23,42,0.10)" />
      {silhouette.wheels.map((w) => (
        <circle key={`well-${w.cx}`} cx={w.cx} cy={w.cy} r={w.well} fill="#1d1e21" />
      ))}
      <path d={silhouette.body} fill={paintHex} stroke="rgba(0,0,0,0.35)" strokeWidth={10} strokeLinejoin="round" />
      {silhouette.glass.map((d) => (
        <path key={d} d={d} fill="rgba(20,28,36,0.75)" />
      ))}
      {silhouette.wheels.map((w) => (
        <g key={`wheel-${w.cx}`}>
          <circle cx={w.cx} cy={w.cy} r={w.r} fill="#141517" />
          <circle cx={w.cx} cy={w.cy} r={w.rim} fill="#b9bdc2" />
          <circle cx={w.cx} cy={w.cy} r={w.rim * 0.3} fill="#7d8187" />
        </g>
      ))}
    </svg>
  );
}
