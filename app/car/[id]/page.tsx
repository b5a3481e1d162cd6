import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Container } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { formatEuros, frontStill, hrefOf } from '@/modules/catalog';
import { ConfigurationStill, SaveToGarageButton } from '@/modules/catalog/components';
import { describeConfiguration } from '@/modules/catalog/server';
import { floorCar } from '@/modules/showroom/server';

type Props = { params: Promise<{ id: string }> };

/** Read once per request for the title and the page. */
const carOnFloor = cache(floorCar);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const car = await carOnFloor((await params).id);
  if (!car) notFound();
  return { title: describeConfiguration(car.quote.configuration).title[(await getLocale()) as Locale], robots: { index: false } };
}

/** A car on a showroom floor, opened from its label's QR: its exact configuration, price, availability, a drive, the garage. */
export default async function FloorCarPage({ params }: Props) {
  const car = await carOnFloor((await params).id);
  if (!car) notFound();
  const t = await getTranslations('continuity.car');
  const locale = (await getLocale()) as Locale;
  const d = describeConfiguration(car.quote.configuration);
  const config = car.quote.configuration;
  return (
    <Container>
      <article className="grid gap-8 md:grid-cols-2" data-testid="floor-car">
        <ConfigurationStill still={frontStill(config)} sizes="(min-width: 768px) 50vw, 100vw" priority />
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">{car.dealership.name}</p>
          <h1 className="text-3xl font-semibold">{d.title[locale]}</h1>
          <p>{d.paint[locale]} · {d.wheels[locale]} · {d.interior[locale]}</p>
          <p>{[...d.packs, ...d.options].map((x) => x[locale]).join(', ')}</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="car-price">{formatEuros(car.priceCents, locale)}</p>
          <p data-testid="car-availability">{t(car.kind === 'demo' ? 'demo' : car.status === 'in_stock' ? 'inStock' : 'reserved')}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/test-drive?model=${config.model}`} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white">{t('drive')}</Link>
            <Link href={`/availability?${hrefOf(config).split('?')[1] ?? ''}`} className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium">{t('availability')}</Link>
            <Link href={hrefOf(config)} className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium">{t('configure')}</Link>
          </div>
          <SaveToGarageButton configuration={config} />
        </div>
      </article>
    </Container>
  );
}
