import { getLocale, getTranslations } from 'next-intl/server';
import { catalogue } from '@/modules/catalog/data';
import { stillNames } from '@/modules/catalog/still-names';
import type { StillKey } from '@/modules/catalog/stills';
import type { Locale } from '@/modules/catalog/types';
import { CarStill } from './CarStill';

/** Server component: a still with its alt text in the page's language ("Virage Horizon Rouge Vif, jantes Aero…"). */
export async function ConfigurationStill({ still, sizes, priority, className }: { still: StillKey; sizes: string; priority?: boolean; className?: string }) {
  const t = await getTranslations('stills');
  const locale = (await getLocale()) as Locale;
  return <CarStill still={still} alt={t(still.view, stillNames(catalogue, still, locale))} sizes={sizes} priority={priority} className={className ?? 'h-auto w-full rounded-xl'} />;
}
