import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { getViewer } from '@/lib/session';
import { hrefOf, formatEuros, frontStill } from '@/modules/catalog';
import { listGarage, describeConfiguration } from '@/modules/catalog/server';
import { ConfigurationStill, NextSteps } from '@/modules/catalog/components';
import { OpenByCodeForm } from '../g/open-by-code-form';
import { withSiteDates } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('garage');
  return { title: t('title') };
}

/** The visitor's saved cars (guest or account), re-priced now; pick two or three to compare. */
export default async function GaragePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const t = await getTranslations('garage');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) as Locale;
  const viewer = await getViewer();
  const saved = viewer ? await listGarage(viewer.id) : [];
  const error = (await searchParams).error;
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      {saved.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <form action="/garage/compare" method="get" className="flex flex-col gap-4">
          {error === 'count' ? <p role="alert" className="text-sm text-red-700">{t('compareCount')}</p> : null}
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="garage-list">
            {saved.map((item) => {
              const d = describeConfiguration(item.quote.configuration);
              return (
                <li key={item.id}>
                  <Card className="flex h-full flex-col gap-2">
                    <ConfigurationStill still={frontStill(item.quote.configuration)} sizes="(min-width: 1152px) 330px, (min-width: 1024px) calc((100vw - 112px) / 3), (min-width: 640px) calc((100vw - 96px) / 2), calc(100vw - 64px)" />
                    <h2 className="text-lg font-semibold">{d.title[locale]}</h2>
                    <p className="text-sm text-slate-700">
                      {d.paint[locale]} · {d.wheels[locale]}
                    </p>
                    <p className="text-lg font-semibold tabular-nums">{formatEuros(item.quote.price.totalCents, locale)}</p>
                    <p className="text-sm text-slate-700">
                      {t('code')} <span className="font-mono font-semibold">{item.code}</span>
                    </p>
                    <p className="text-sm text-slate-600">{t('savedOn', { date: format.dateTime(item.createdAt, 'short') })}</p>
                    <NextSteps configuration={item.quote.configuration} savedCode={item.code} />
                    <div className="mt-auto flex flex-wrap items-center gap-3 pt-2 text-sm">
                      <Link href={`/g/${item.code}`} className="font-medium underline">{t('open')}</Link>
                      <Link href={hrefOf(item.quote.configuration)} className="font-medium underline">{t('edit')}</Link>
                      <label className="ml-auto flex items-center gap-2">
                        <input type="checkbox" name="c" value={item.code} className="h-4 w-4 accent-slate-900" />
                        {t('compareThis')}
                      </label>
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
          {saved.length > 1 ? (
            <div>
              <button type="submit" className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50">{t('compareSubmit')}</button>
            </div>
          ) : null}
        </form>
      )}
      <section aria-labelledby="open-code-title" className="mt-10">
        <h2 id="open-code-title" className="mb-3 text-xl font-semibold">{t('openTitle')}</h2>
        <OpenByCodeForm />
      </section>
    </Container>
  );
}
