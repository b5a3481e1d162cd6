import Link from 'next/link';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { CarPicture, ConfigurationStill } from '@/modules/catalog/components';
import { frontStill, catalogue, encodeConfiguration, priceConfiguration } from '@/modules/catalog';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import { formatLongDate } from '@/lib/i18n/format';
import { getViewer } from '@/lib/session';
import { factoryOrderContext, stockContext } from '@/modules/catalog/server';
import { Showrooms, StockList } from '@/modules/availability/components';
import { availabilityNear, configurationRequest, holdsOf, resolvePlace } from '@/modules/availability/server';
import { withSiteDates } from '@/lib/i18n/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('availability');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /availability?<configuration params of modules/catalog/url.ts>&place=<postal code or city> */
export default async function AvailabilityPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const t = await getTranslations('availability');
  const reasons = await getTranslations('errors.reasons');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) === 'en' ? 'en' : 'fr';
  let request;
  try {
    request = configurationRequest(params);
  } catch (thrown) {
    return (
      <Container>
        <PageTitle title={t('title')} />
        <Alert tone="error">{reasons.has(toAppError(thrown).code) ? reasons(toAppError(thrown).code) : reasons('INTERNAL')}</Alert>
      </Container>
    );
  }
  const { configuration, adjustments } = request;
  const model = catalogue.models.find((m) => m.code === configuration.model);
  const trim = model?.trims.find((x) => x.code === configuration.trim);
  const now = new Date();
  // The cars listed are in stock, registered today; the configurator prices a factory order, whose
  // registration taxes follow the grid of its later registration date: both are shown when they differ.
  const price = priceConfiguration(catalogue, configuration, stockContext(now)).totalCents;
  const factory = factoryOrderContext(configuration, now);
  const factoryPrice = priceConfiguration(catalogue, configuration, factory).totalCents;
  const configParams = encodeConfiguration(configuration);
  const query = (typeof params.place === 'string' ? params.place : '').trim().slice(0, 80);
  const place = query ? await resolvePlace(query) : null;
  const viewer = await getViewer();
  const found = place?.ok ? await availabilityNear(configuration, place.place, viewer?.id ?? null) : null;
  const holds = viewer ? await holdsOf(viewer.id) : [];
  // The visitor's own held cars stay in the results, shown as held by them.
  const heldByYou = new Map(holds.map((h) => [h.vehicleId, { id: h.id, vehicleId: h.vehicleId, expiresAt: h.expiresAt.toISOString(), releasedVehicleIds: [] }]));
  const hidden = [...new URLSearchParams(configParams)];

  return (
    <Container>
      <div className="flex flex-col-reverse gap-4 sm:flex-row sm:items-start sm:justify-between">
        <PageTitle title={t('title')} lead={t('lead', { model: model?.name[locale] ?? configuration.model, trim: trim?.name[locale] ?? '', price: format.number(price / 100, 'eur') })} />
        <ConfigurationStill still={frontStill(configuration)} sizes="(min-width: 640px) 320px, calc(100vw - 32px)" className="h-auto w-full rounded-xl sm:w-80" />
      </div>
      {factoryPrice !== price ? (
        <p className="mb-4 max-w-prose text-sm text-slate-600" data-testid="price-basis">
          {t('priceBasis', { price: format.number(factoryPrice / 100, 'eur'), date: formatLongDate(factory.registrationDate, locale) })}
        </p>
      ) : null}
      {adjustments.length > 0 ? <Alert className="mb-6">{t('adjusted')}</Alert> : null}
      <div className="mb-6 flex flex-wrap gap-3 text-sm">
        <Link className="underline" href={`/configure/${configuration.model}?${configParams}`}>{t('backToConfigurator')}</Link>
        <Link className="underline" href={`/financing?${configParams}`}>{t('financeIt')}</Link>
      </div>
      {holds.length > 0 ? (
        <Alert tone="success" className="mb-6">
          <p className="font-medium">{t('yourHolds')}</p>
          <ul className="mt-2 flex flex-col gap-2">
            {holds.map((h) => (
              <li key={h.id} className="flex items-center gap-3" data-testid="held-car">
                <CarPicture car={h.car} sizes="96px" className="h-auto w-24 shrink-0 rounded-lg" />
                <span>{t('yourHold', { vin: h.vin, dealership: h.dealershipName, time: format.dateTime(h.expiresAt, 'time') })}</span>
                {/* Financing this very car: /financing then offers to order it from stock with the chosen terms. */}
                <Link className="underline" href={`/financing?${encodeConfiguration(h.car)}&b=stock&v=${encodeURIComponent(h.vehicleId)}`} data-testid="finance-held">{t('financeHeld')}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <form method="get" action="/availability" className="mb-8 flex flex-wrap items-end gap-3" role="search">
        {hidden.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <div className="flex flex-col gap-1">
          <label htmlFor="place" className="text-sm font-medium text-slate-800">{t('placeLabel')}</label>
          <input id="place" name="place" defaultValue={query} required maxLength={80} aria-describedby="place-hint" className="rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm" />
          <p id="place-hint" className="text-sm text-slate-600">{t('placeHint')}</p>
        </div>
        <button type="submit" className="mb-7 rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">{t('search')}</button>
      </form>

      {!query ? <p className="text-slate-700">{t('startPrompt')}</p> : null}
      {place && !place.ok ? (
        <Alert tone="error" className="mb-8">
          <p>{t('unknownPlace', { query })}</p>
          {place.suggestions.length > 0 ? (
            <>
              <p className="mt-1">{t('didYouMean')}</p>
              <ul className="mt-1 flex flex-wrap gap-3" data-testid="place-suggestions">
                {place.suggestions.map((s) => (
                  <li key={`${s.postalCode}-${s.inseeCode}`}>
                    <Link className="underline" href={`/availability?${configParams}&place=${encodeURIComponent(s.postalCode)}`}>{s.postalCode} {s.city}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1">{t('noSuggestion')}</p>
          )}
        </Alert>
      ) : null}

      {found ? (
        <div className="grid gap-10">
          <p className="text-slate-700">{t('near', { place: `${found.place.postalCode} ${found.place.city}` })}</p>
          <Card data-testid="factory-window">
            <h2 className="text-xl font-semibold">{t('factoryTitle')}</h2>
            {found.result.factory ? (
              <>
                <p className="mt-2 text-lg font-medium">{t('factoryWindow', { from: found.result.factory.fromWeeks, to: found.result.factory.toWeeks })}</p>
                <p className="text-sm text-slate-600">
                  {t('factoryDates', {
                    from: formatLongDate(found.result.factory.fromDate, locale),
                    to: formatLongDate(found.result.factory.toDate, locale),
                  })}
                </p>
                <p className="mt-2 text-slate-700">{found.result.factory.explanation[locale]}</p>
              </>
            ) : (
              <p>{t('factoryUnknown')}</p>
            )}
          </Card>
          {found.result.exact.length + found.result.close.length === 0 ? (
            <section aria-labelledby="none-title">
              <h2 id="none-title" className="text-2xl font-semibold">{t('noneTitle')}</h2>
              <p className="mb-4 text-slate-700">{t('noneLead')}</p>
              <h3 className="mb-2 text-lg font-semibold">{t('alternativesTitle')}</h3>
              <StockList matches={found.result.alternatives} testId="alternatives" showDifferences heldByYou={heldByYou} />
            </section>
          ) : (
            <>
              <section aria-labelledby="exact-title">
                <h2 id="exact-title" className="mb-4 text-2xl font-semibold">{t('exactTitle')}</h2>
                {found.result.exact.length > 0 ? <StockList matches={found.result.exact} testId="exact-matches" showDifferences={false} heldByYou={heldByYou} /> : <p>{t('exactNone')}</p>}
              </section>
              <section aria-labelledby="close-title">
                <h2 id="close-title" className="mb-4 text-2xl font-semibold">{t('closeTitle')}</h2>
                {found.result.close.length > 0 ? <StockList matches={found.result.close} testId="close-matches" showDifferences heldByYou={heldByYou} /> : <p>{t('closeNone')}</p>}
              </section>
            </>
          )}
          <section aria-labelledby="showrooms-title">
            <h2 id="showrooms-title" className="mb-4 text-2xl font-semibold">{t('showroomsTitle')}</h2>
            <Showrooms showrooms={found.showrooms} testDriveHref={(dealershipId) => `/test-drive/slots?${new URLSearchParams({ model: configuration.model, kind: 'showroom', dealershipId, near: found.place.postalCode }).toString()}`} place={{ lat: found.place.lat, lon: found.place.lon, label: `${found.place.postalCode} ${found.place.city}` }} />
          </section>
        </div>
      ) : null}
    </Container>
  );
}
