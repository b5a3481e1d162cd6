import type { ModelEntry } from '@/modules/catalog/model-manifest';
import { SilhouetteSvg } from '@/modules/catalog/components/SilhouetteSvg';

/** The manifest's side view in the chosen paint, from props only (no manifest in the first load). */
export function Preview2D({ silhouette, paintHex, title, text }: { silhouette: ModelEntry['silhouette'] | undefined; paintHex: string; title: string; text: string }) {
  return (
    <div data-testid="viewer-preview" className="absolute inset-0 flex flex-col items-center justify-center gap-2 p-6 text-center">
      {silhouette ? <SilhouetteSvg silhouette={silhouette} paintHex={paintHex} label={title} className="h-auto max-h-[70%] w-full max-w-[40rem]" /> : null}
      <p className="m-0 font-semibold">{title}</p>
      <p className="m-0 max-w-md text-sm text-slate-700">{text}</p>
    </div>
  );
}
