import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Container } from '@/components/ui/page';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { hrefOf, formatEuros } from '@/modules/catalog';
import { NextSteps, PrintButton, PriceLines, SaveAndShare } from '@/modules/catalog/components';
import { findSavedConfiguration, describeConfiguration, qrSvg } from '@/modules/catalog/server';
import { withEstimate } from '@/modules/finance';
import { withSiteDates } from '@/lib/i18n/format';

type Props = { params: Promise<{ code: string }> };

/** Read once per request for both the tab title and the page. */
const savedByCode = cache(findSavedConfiguration);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('garage');
  const saved = await savedByCode((await params).code);
  // An unknown code is named as such in the tab, as on the page, never echoed back.
  return { title: saved ? t('savedTitle', { code: saved.code }) : t('unknownCodeTitle'), robots: { index: false } };
}

/** A saved configuration, opened from its code on any device: re-priced now, printable, with its QR code. */
export default async function SavedConfigurationPage({ params }: Props) {
  const saved = await savedByCode((await params).code);
  if (!saved) notFound();
  const t = await getTranslations('garage');
  const to = await getTranslations('orders');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) as Locale;
  const { configuration, price, estimate, adjustments } = withEstimate(saved.quote);
  const d = describeConfiguration(configuration);
  const link = new URL(`/g/${saved.code}`, env().APP_URL).toString();
  const qr = await qrSvg(link);
  return (
    <Container>
      <article className="flex flex-col gap-6" data-testid="saved-configuration">
        <header className="flex flex-wrap items-start justify-between gap-6">
          <div>
            <p className="text-sm text-slate-600">{t('savedOn', { date: format.dateTime(saved.createdAt, 'short') })}</p>
            <h1 className="text-3xl font-semibold tracking-tight">{d.title[locale]}</h1>
            <p className="mt-2 text-lg">
              {t('code')} <span className="font-mono font-semibold tracking-widest" data-testid="saved-code">{saved.code}</span>
            </p>
          </div>
          <figure className="flex flex-col items-center gap-1">
            <div className="h-36 w-36" role="img" aria-label={t('qrLabel', { code: saved.code })} dangerouslySetInnerHTML={{ __html: qr }} data-testid="qr-code" />
            <figcaption className="max-w-36 text-center text-xs text-slate-600">{t('qrCaption')}</figcaption>
          </figure>
        </header>
        {adjustments.length > 0 ? (
          <Alert tone="info">
            <p className="font-medium">{t('staleTitle')}</p>
            <ul className="mt-1 list-disc pl-5">
              {adjustments.map((a) => (
                <li key={`${a.kind}-${a.subject}`}>{a.message[locale]}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <div className="grid gap-8 md:grid-cols-2">
          <section aria-labelledby="choices-title">
            <h2 id="choices-title" className="mb-3 text-xl font-semibold">{t('choices')}</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="text-slate-600">{t('paint')}</dt>
              <dd className="flex items-center gap-2">
                {d.paintHex ? <span aria-hidden className="inline-block h-4 w-4 rounded-full border border-slate-300" style={{ background: d.paintHex }} /> : null}
                {d.paint[locale]}
              </dd>
              <dt className="text-slate-600">{t('wheels')}</dt>
              <dd>{d.wheels[locale]}</dd>
              <dt className="text-slate-600">{t('interior')}</dt>
              <dd>{d.interior[locale]}</dd>
              <dt className="text-slate-600">{t('equipment')}</dt>
              <dd>{[...d.packs, ...d.options].map((x) => x[locale]).join(', ') || t('noEquipment')}</dd>
            </dl>
          </section>
          <section aria-labelledby="price-title">
            <h2 id="price-title" className="mb-3 text-xl font-semibold">{t('price')}</h2>
            <PriceLines price={price} locale={locale} />
            {estimate ? (
              <p className="mt-3 text-slate-700">
                {t('monthly', { amount: formatEuros(estimate.monthlyPaymentCents, locale), months: estimate.durationMonths, deposit: formatEuros(estimate.depositCents, locale) })}
              </p>
            ) : null}
            <p className="mt-2 text-xs text-slate-600">{t('priceNote', { version: price.catalogueVersion })}</p>
          </section>
        </div>
        <div className="flex flex-wrap items-start gap-3" data-print="hide">
          <Link href={`/checkout?config=${saved.code}`} className="rounded-lg bg-emerald-700 px-4 py-2.5 font-medium text-white hover:bg-emerald-800" data-testid="order-saved">
            {to('order')}
          </Link>
          <Link href={hrefOf(configuration)} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">
            {t('openInConfigurator')}
          </Link>
          <PrintButton label={t('print')} />
          <Link href="/garage" className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50">{t('backToGarage')}</Link>
        </div>
        <NextSteps configuration={configuration} />
        <section aria-labelledby="copy-title" className="flex flex-col gap-2" data-print="hide">
          <h2 id="copy-title" className="text-lg font-semibold">{t('copyTitle')}</h2>
          <SaveAndShare configuration={configuration} disabled={false} />
        </section>
      </article>
    </Container>
  );
}
