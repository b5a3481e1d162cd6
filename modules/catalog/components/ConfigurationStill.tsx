import { getLocale, getTranslations } from 'next-intl/server';
import { catalogue } from '@/modules/catalog/data';
import { stillNames } from '@/modules/catalog/still-names';
import { carStill, type StillKey } from '@/modules/catalog/stills';
import type { Locale } from '@/modules/catalog/types';
import { CarStill } from './CarStill';

type StillProps = {
  sizes: string;
  priority?: boolean;
  className?: string;
  testId?: string;
  /** Empty alt text: the picture sits inside a control whose name already says which car (a radio card). */
  decorative?: boolean;
};

/** Server component: a still with its alt text in the page's language ("Virage Horizon Rouge Vif, jantes Aéro…"). */
export async function ConfigurationStill({ still, sizes, priority, className, testId, decorative = false }: StillProps & { still: StillKey }) {
  const t = await getTranslations('stills');
  const locale = (await getLocale()) as Locale;
  return <CarStill still={still} alt={decorative ? '' : t(still.view, stillNames(catalogue, still, locale))} sizes={sizes} priority={priority} className={className ?? 'h-auto w-full rounded-xl'} testId={testId} />;
}

/**
 * The 3/4 front still of a car from whatever a page knows of it: an order's or a stock car's
 * configuration, or only a model and trim (a test drive shows the trim's default look). Nothing
 * for a model the catalogue no longer has.
 */
export async function CarPicture({ car, ...props }: StillProps & { car: { model: string; trim?: string | null; paint?: string | null; wheels?: string | null } }) {
  const still = carStill(catalogue, car);
  return still ? <ConfigurationStill still={still} {...props} /> : null;
}
