import type { CSSProperties } from 'react';
import { preload } from 'react-dom';
import { STILL_ASPECT, STILL_WIDTHS, stillSrc, stillSrcSet, type StillKey } from '@/modules/catalog/stills';

export type CarStillProps = {
  still: StillKey;
  alt: string;
  /** The `sizes` attribute: how wide the picture is drawn, so the browser picks the right file. */
  sizes: string;
  /** The page's main picture (LCP): fetched first, never lazily. */
  priority?: boolean;
  className?: string;
  style?: CSSProperties;
  testId?: string;
};

const [small, medium] = STILL_WIDTHS;

/**
 * A rendered picture of one configuration. Plain <picture> (server HTML, no client JavaScript):
 * the files are already sized and encoded by `npm run models` (AVIF and WebP), so
 * no image optimiser is needed. The <picture> box is `display: contents`, so the <img> itself is
 * what the layout (a flex item, a fixed width) sizes.
 */
export function CarStill({ still, alt, sizes, priority = false, className, style, testId }: CarStillProps) {
  // The main picture is painted only once decoded, and Chromium decodes these AVIFs 1.8 to 2.8
  // times slower than the WebPs (bench: stills-formats), which costs more than the 1.2 to 3.6 KB AVIF
  // saves at 480 and 960 px: it is WebP only. The others, lazy and off the first paint, take the smaller AVIF.
  // It is asked for from the <head>, so it loads beside the stylesheet instead of after the scripts.
  if (priority) preload(stillSrc(still, medium ?? small ?? 960), { as: 'image', imageSrcSet: stillSrcSet(still), imageSizes: sizes, fetchPriority: 'high' });
  return (
    <picture style={{ display: 'contents' }}>
      {priority ? null : <source type="image/avif" srcSet={stillSrcSet(still, 'avif')} sizes={sizes} />}
      <img
        src={stillSrc(still, medium ?? small ?? 960)}
        srcSet={stillSrcSet(still)}
        sizes={sizes}
        alt={alt}
        width={STILL_ASPECT.width * 90}
        height={STILL_ASPECT.height * 90}
        fetchPriority={priority ? 'high' : 'auto'}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? undefined : 'async'}
        className={className}
        style={{ background: '#eceef1', ...style }}
        data-testid={testId}
        data-still={`${still.model}|${still.view}|${still.view === 'interior' ? still.interior : `${still.paint}|${still.wheels}`}`}
      />
    </picture>
  );
}
