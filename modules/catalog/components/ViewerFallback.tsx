import type { ModelEntry } from '@/modules/catalog/model-manifest';
import { SilhouetteSvg } from './SilhouetteSvg';

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
        <SilhouetteSvg silhouette={silhouette} paintHex={paintHex} label={title} style={{ width: '100%', maxWidth: 640, maxHeight: '70%', overflow: 'visible' }} />
      ) : null}
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      <p style={{ margin: 0, fontSize: 14, opacity: 0.75 }}>{text}</p>
    </div>
  );
}
