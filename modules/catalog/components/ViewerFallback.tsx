import type { ModelEntry } from '@/modules/catalog/model-manifest';

export type ViewerFallbackProps = {
  silhouette: ModelEntry['silhouette'] | undefined;
  paintHex: string;
  title: string;
  text: string;
};

/** 2D side view tinted with the chosen paint, shown when 3D cannot run. */
export function ViewerFallback({ silhouette, paintHex, title, text }: ViewerFallbackProps) {
  return (
    <div
      data-testid="viewer-fallback"
      style={{ position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 12, padding: 24, textAlign: 'center' }}
    >
      {silhouette ? (
        <svg viewBox={silhouette.viewBox.join(' ')} role="img" aria-label={title} style={{ width: '100%', maxWidth: 640, maxHeight: '70%', overflow: 'visible' }}>
          <ellipse cx={silhouette.viewBox[2] / 2} cy={silhouette.viewBox[3] - 40} rx={silhouette.viewBox[2] * 0.5} ry={40} fill="rgba(0,0,0,0.12)" />
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
      ) : null}
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      <p style={{ margin: 0, fontSize: 14, opacity: 0.75 }}>{text}</p>
    </div>
  );
}
