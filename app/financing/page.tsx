import Link from 'next/link';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { getViewer } from '@/lib/session';
import { stockCarToFinance } from '@/modules/availability/server';
import { catalogue, encodeConfiguration, normalizeConfiguration } from '@/modules/catalog';
import { FinancingPanel } from '@/modules/finance/components';
import { computeFinancing, readFinancingParams } from '@/modules/finance/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('financing');
  return { title: t('title') };
}

/**
 * /financing?<configuration params of modules/catalog/url.ts>[&d=<deposit cents>&n=<months>&km=<km a year>&f=<product ids>]
 * [&v=<stock vehicle id>]: with `v` (the buyer came from that stock car) or a hold on the same car,
 * the page also offers to order that stock car with the chosen financing.
 */
export default async function FinancingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations('financing');
  const reasons = await getTranslations('errors.reasons');
  const format = await getFormatter();
  const locale = (await getLocale()) === 'en' ? 'en' : 'fr';
  const read = readFinancingParams(params);
  if (!read) {
    return (
      <Container>
        <PageTitle title={t('title')} />
        <Alert tone="error">{reasons('BAD_REQUEST')}</Alert>
      </Container>
    );
  }
  const { request, adjusted } = read;
  const viewer = await getViewer();
  const vehicleId = typeof params.v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(params.v) ? params.v : null;
  const stockCar = await stockCarToFinance(normalizeConfiguration(catalogue, request.configuration).configuration, { vehicleId, holderId: viewer?.id ?? null });
  // Came from that stock car: it is priced as a car registered now, as its checkout does.
  if (stockCar && vehicleId === stockCar.id) request.basis = 'stock';
  const initial = computeFinancing({ ...request, tradeIn: undefined, useTradeIn: false }, new Date());
  const configParams = encodeConfiguration(initial.configuration);
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead', { model: initial.modelName[locale], trim: initial.trimName[locale], price: format.number(initial.priceCents / 100, 'eur') })} />
      <p className="-mt-4 mb-6 text-sm">
        <Link className="underline" href={`/availability?${configParams}`}>{t('seeAvailability')}</Link>
      </p>
      {adjusted.length > 0 ? (
        <div className="mb-6" data-testid="terms-adjusted">
          <Alert tone="info">{t('termsAdjusted', { months: request.durationMonths, km: format.number(request.annualMileageKm) })}</Alert>
        </div>
      ) : null}
      <FinancingPanel
        initial={initial}
        configuration={initial.configuration}
        configParams={configParams}
        stockCar={stockCar}
        initialTerms={{ cashDepositCents: request.cashDepositCents ?? 0, durationMonths: request.durationMonths, annualMileageKm: request.annualMileageKm, productIds: [...request.productIds], household: request.household ?? 'standard', basis: request.basis ?? 'factory-order' }}
      />
    </Container>
  );
}
