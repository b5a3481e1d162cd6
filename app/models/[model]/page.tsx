import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { catalogue, defaultConfiguration } from '@/modules/catalog';
import { SaveToGarageButton, ConfigurationStill } from '@/modules/catalog/components';

export async function generateMetadata({ params }: { params: Promise<{ model: string }> }): Promise<Metadata> {
  const { model: code } = await params;
  const model = catalogue.models.find((m) => m.code === code);
  if (!model) notFound();
  return { title: model.name[(await getLocale()) as Locale] };
}

export default async function ModelPage({ params }: { params: Promise<{ model: string }> }) {
  const { model: code } = await params;
  const model = catalogue.models.find((m) => m.code === code);
  if (!model) notFound();
  const t = await getTranslations('models');
  const home = await getTranslations('home');
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const car = defaultConfiguration(catalogue, model.code);
  return (
    <Container>
      <PageTitle title={model.name[locale]} lead={model.tagline[locale]} />
      <ul className="mb-8 grid gap-3 sm:grid-cols-3" data-testid="model-gallery">
        <li className="sm:col-span-3">
          <ConfigurationStill still={{ model: model.code, view: 'front', paint: car.paint, wheels: car.wheels }} sizes="(min-width: 1152px) 1104px, calc(100vw - 48px)" priority />
        </li>
        <li>
          <ConfigurationStill still={{ model: model.code, view: 'side', paint: car.paint, wheels: car.wheels }} sizes="(min-width: 1152px) 360px, (min-width: 640px) calc((100vw - 72px) / 3), calc(100vw - 32px)" />
        </li>
        <li>
          <ConfigurationStill still={{ model: model.code, view: 'interior', interior: car.interior }} sizes="(min-width: 1152px) 360px, (min-width: 640px) calc((100vw - 72px) / 3), calc(100vw - 32px)" />
        </li>
      </ul>
      {/* On a phone each trim is a card: a seven-column table would hide its price off screen. */}
      <ul className="grid gap-3 sm:hidden" aria-label={t('specs')} data-testid="trim-cards">
        {model.trims.map((trim) => (
          <li key={trim.code} className="rounded-xl border border-slate-200 p-4">
            <p className="flex items-baseline justify-between gap-3">
              <span className="font-semibold">{trim.name[locale]}</span>
              <span className="font-medium">{format.number(trim.basePriceCents / 100, 'eur')}</span>
            </p>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t('power')}</dt>
              <dd>{trim.specs.powerHp} {locale === 'fr' ? 'ch' : 'hp'} · {trim.specs.powerKw} kW</dd>
              <dt className="text-slate-600">{t('range')}</dt>
              <dd>
                {trim.specs.rangeKm ? `${trim.specs.rangeKm} km` : ''}
                {trim.specs.consumptionL100km ? ` ${format.number(trim.specs.consumptionL100km)} l/100 km` : ''}
              </dd>
              <dt className="text-slate-600">{t('co2')}</dt>
              <dd>{trim.specs.co2GKm} g/km</dd>
              <dt className="text-slate-600">{t('acceleration')}</dt>
              <dd>{format.number(trim.specs.zeroTo100S)} s</dd>
              <dt className="text-slate-600">{t('weight')}</dt>
              <dd>{format.number(trim.specs.massInRunningOrderKg)} kg</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 sm:block" tabIndex={0} role="region" aria-label={t('specs')}>
        <table className="w-full min-w-[40rem] text-left">
          <caption className="sr-only">{t('specs')}</caption>
          <thead className="border-b border-slate-300 text-sm text-slate-600">
            <tr>
              <th scope="col" className="py-2">{t('trim')}</th>
              <th scope="col">{t('power')}</th>
              <th scope="col">{t('range')}</th>
              <th scope="col">{t('co2')}</th>
              <th scope="col">{t('acceleration')}</th>
              <th scope="col">{t('weight')}</th>
              <th scope="col">{t('price')}</th>
            </tr>
          </thead>
          <tbody>
            {model.trims.map((trim) => (
              <tr key={trim.code} className="border-b border-slate-100">
                <th scope="row" className="py-3 font-medium">{trim.name[locale]}</th>
                <td>{trim.specs.powerHp} {locale === 'fr' ? 'ch' : 'hp'} · {trim.specs.powerKw} kW</td>
                <td>
                  {trim.specs.rangeKm ? `${trim.specs.rangeKm} km` : ''}
                  {trim.specs.consumptionL100km ? ` ${format.number(trim.specs.consumptionL100km)} l/100 km` : ''}
                </td>
                <td>{trim.specs.co2GKm} g/km</td>
                <td>{format.number(trim.specs.zeroTo100S)} s</td>
                <td>{format.number(trim.specs.massInRunningOrderKg)} kg</td>
                <td className="font-medium">{format.number(trim.basePriceCents / 100, 'eur')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-8 flex flex-wrap items-start gap-4">
        <Link href={`/configure/${model.code}`} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">
          {home('configure')}
        </Link>
        <Link href={`/test-drive?model=${model.code}`} className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50">
          {home('testDrive')}
        </Link>
        <SaveToGarageButton configuration={defaultConfiguration(catalogue, model.code)} />
      </div>
    </Container>
  );
}
