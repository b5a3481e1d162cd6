import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { formatEuros } from '@/modules/catalog';
import { describeConfiguration } from '@/modules/catalog/server';
import { carUrl, floorCars } from '@/modules/showroom/server';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('continuity.labels', 'title');

/** Printable labels of the cars on the floor (A4 windscreen sheet, A6 desk card), each with its QR. */
export default async function LabelsPage() {
  const ctx = await dealerPage('/dealer/showroom/labels');
  const t = await getTranslations('continuity.labels');
  const locale = (await getLocale()) as Locale;
  const cars = await floorCars(ctx.dealershipId);
  return (
    <Container>
      <PageTitle title={t('title')} lead={ctx.settings.name} />
      <p className="mb-6 flex gap-4">
        <a href={`/api/showroom/labels?format=A4&lang=${locale}`} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white" data-testid="labels-a4">{t('a4')}</a>
        <a href={`/api/showroom/labels?format=A6&lang=${locale}`} className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium" data-testid="labels-a6">{t('a6')}</a>
        <Link href="/dealer/showroom" className="self-center underline">{t('back')}</Link>
      </p>
      <ul className="flex flex-col gap-2" data-testid="floor-cars">
        {cars.map((car) => (
          <li key={car.id} className="flex flex-wrap gap-3">
            <span>{car.kind === 'demo' ? t('demo') : t('stock')}</span>
            <span className="font-medium">{describeConfiguration(car.quote.configuration).title[locale]}</span>
            <span>{formatEuros(car.priceCents, locale)}</span>
            <a href={carUrl(car.id)} className="underline" data-testid="car-link">{car.identifier}</a>
          </li>
        ))}
      </ul>
    </Container>
  );
}
