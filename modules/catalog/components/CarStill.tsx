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
 * the files are already sized and encoded by `npm run models` (AVIF first, WebP otherwise), so
 * no image optimiser is needed. The <picture> box is `display: contents`, so the <img> itself is
 * what the layout (a flex item, a fixed width) sizes.
 */
export function CarStill({ still, alt, sizes, priority = false, className, style, testId }: CarStillProps) {
  // React preloads a priority <img> from the <head> by itself, but not one inside <picture> (it
  // cannot know which source wins). The main picture is asked for from the <head>, AVIF only where
  // the browser takes it, so it loads beside the stylesheet instead of after the scripts.
  if (priority) preload(stillSrc(still, medium ?? small ?? 960, 'avif'), { as: 'image', type: 'image/avif', imageSrcSet: stillSrcSet(still, 'avif'), imageSizes: sizes, fetchPriority: 'high' });
  return (
    <picture style={{ display: 'contents' }}>
      <source type="image/avif" srcSet={stillSrcSet(still, 'avif')} sizes={sizes} />
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
