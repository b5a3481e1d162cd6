import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container } from '@/components/ui/page';
import { catalogue, frontStill } from '@/modules/catalog';
import { ConfigurationStill } from '@/modules/catalog/components';
import type { Locale } from '@/lib/i18n/config';

const HERO = frontStill({ model: 'horizon', paint: 'rouge-vif', wheels: 'sport' });
/** Lineup cards: three columns from md (Container 72rem, 1.5rem padding and gaps, p-6 cards). */
const LINEUP_SIZES = '(min-width: 1152px) 304px, (min-width: 768px) calc((100vw - 192px) / 3), calc(100vw - 80px)';

export default async function HomePage() {
  const t = await getTranslations('home');
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <section className="bg-gradient-to-b from-slate-100 to-white">
        <Container>
          <div className="grid items-center gap-6 py-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
            <div className="max-w-3xl">
              <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">{t('title')}</h1>
              <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
            </div>
            <ConfigurationStill still={HERO} sizes="(min-width: 1152px) 580px, (min-width: 1024px) 52vw, calc(100vw - 32px)" priority />
          </div>
        </Container>
      </section>
      <Container>
        <h2 id="lineup" className="mb-6 text-2xl font-semibold">{t('lineup')}</h2>
        <ul className="grid gap-6 md:grid-cols-3">
          {catalogue.models.map((model) => {
            const from = Math.min(...model.trims.map((trim) => trim.basePriceCents));
            // Shown in a metallic paint it is offered in, rather than the default white.
            const paint = catalogue.paints.find((p) => p.finish === 'metallic' && p.offers[model.code])?.code ?? model.trims[0]?.defaults.paint ?? '';
            return (
              <li key={model.code} className="flex flex-col rounded-2xl border border-slate-200 p-6 shadow-sm" data-testid={`model-${model.code}`}>
                <ConfigurationStill still={frontStill({ model: model.code, paint, wheels: model.trims[0]?.defaults.wheels ?? '' })} sizes={LINEUP_SIZES} />
                <h3 className="mt-4 text-xl font-semibold">{model.name[locale]}</h3>
                <p className="mt-1 text-slate-700">{model.tagline[locale]}</p>
                <p className="mt-4 font-medium">{t('from', { price: format.number(from / 100, 'eur') })}</p>
                <div className="mt-auto flex gap-3 pt-6">
                  <Link href={`/configure/${model.code}`} className="rounded-lg bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700">
                    {t('configure')}
                  </Link>
                  <Link href={`/models/${model.code}`} className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
                    {t('discover')}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      </Container>
    </>
  );
}
