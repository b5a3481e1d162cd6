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
    <div data-testid="viewer-fallback" className="flex h-full w-full flex-col items-center justify-center gap-3 p-6 text-center">
      {silhouette ? (
        <svg viewBox={silhouette.viewBox.join(' ')} role="img" aria-label={title} className="h-auto w-full max-w-xl" style={{ overflow: 'visible' }}>
          <ellipse
            cx={silhouette.viewBox[2] / 2}
            cy={silhouette.viewBox[3] - 30}
            rx={silhouette.viewBox[2] * 0.48}
            ry={45}
            fill="rgba(0,0,0,0.12)"
          />
          <path d={silhouette.body} fill={paintHex} stroke="rgba(0,0,0,0.35)" strokeWidth={12} strokeLinejoin="round" />
          {silhouette.glass.map((d) => (
            <path key={d} d={d} fill="rgba(20,28,36,0.72)" />
          ))}
          {silhouette.wheels.map((w) => (
            <g key={`${w.cx}-${w.cy}`}>
              <circle cx={w.cx} cy={w.cy} r={w.r} fill="#151618" />
              <circle cx={w.cx} cy={w.cy} r={w.rim} fill="#b9bdc2" />
              <circle cx={w.cx} cy={w.cy} r={w.rim * 0.3} fill="#7d8187" />
            </g>
          ))}
        </svg>
      ) : null}
      <p className="font-medium">{title}</p>
      <p className="text-sm opacity-75">{text}</p>
    </div>
  );
}
