import type { CSSProperties } from 'react';
import type { ModelEntry } from '@/modules/catalog/model-manifest';

type Silhouette = ModelEntry['silhouette'];

/** The manifest's 2D side view in a paint colour (3D fallback, lineup cards, printouts). */
export function SilhouetteSvg({ silhouette, paintHex, label, className, style }: { silhouette: Silhouette; paintHex: string; label: string; className?: string; style?: CSSProperties }) {
  const [, , width, height] = silhouette.viewBox;
  return (
    <svg viewBox={silhouette.viewBox.join(' ')} role="img" aria-label={label} className={className} style={style}>
      <ellipse cx={width / 2} cy={height - 40} rx={width * 0.5} ry={40} fill="rgba(0,0,0,0.12)" />
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
