import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { AppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { extendHoldForCheckout } from '@/modules/availability/server';
import { carriedFinancingParams, CHECKOUT_HOLD_MAX_MINUTES, readCarriedFinancing, ZCheckoutSource } from '@/modules/orders';
import { CarPicture } from '@/modules/catalog/components';
import { CarriedFinancingSummary, CheckoutForm, PriceSummary, VerifyEmailPanel } from '@/modules/orders/components';
import { buyerEmailVerified, checkoutDealerships, checkoutHandoverSlots, checkoutPreferredDealership, checkoutPrefill, reviewOrder, type CheckoutReview } from '@/modules/orders/server';
import { titled } from '@/lib/i18n/page-title';
import { formatPercent, withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('orders.checkout', 'title');

export const dynamic = 'force-dynamic';

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * /checkout?config=CODE (factory order) or ?vehicle=ID (stock car), optionally with the financing
 * chosen on /financing (`fp`, `d`, `n`, `km`, trade-in `tm` `tmo` `ty` `tk` `tu`): review and place the order.
 */
export default async function CheckoutPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const t = await getTranslations('orders.checkout');
  const te = await getTranslations('orders.errors');
  const tc = await getTranslations('orders.carried');
  const source = ZCheckoutSource.safeParse(typeof params.vehicle === 'string' ? { kind: 'stock', vehicleId: params.vehicle } : { kind: 'factory', savedCode: typeof params.config === 'string' ? params.config.toUpperCase() : '' });
  if (!source.success) return <Problem title={t('title')} message={te('notFound')} />;
  const read = readCarriedFinancing(params);
  const carried = read.ok ? read.carried : null;
  const sourceQuery = source.data.kind === 'stock' ? `vehicle=${encodeURIComponent(source.data.vehicleId)}` : `config=${source.data.savedCode}`;
  // Started for the buyer on the showroom tablet: the link's token goes with the order (verified on the server).
  const assist = typeof params.assist === 'string' && /^[A-Za-z0-9_.-]{1,400}$/.test(params.assist) ? params.assist : null;
  // The sign-up detour and the e-mail confirmation link come back here with the financing (and the showroom token) too.
  const here = `/checkout?${sourceQuery}${carried ? `&${carriedFinancingParams(carried)}` : ''}${assist ? `&assist=${assist}` : ''}`;
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-up?next=${encodeURIComponent(here)}`);

  let review: CheckoutReview;
  try {
    review = await reviewOrder(source.data, viewer.id, carried);
  } catch (error) {
    if (error instanceof AppError && error.code !== 'INTERNAL') return <Problem title={t('title')} message={te.has(error.reason) ? te(error.reason) : te('notFound')} />;
    throw error;
  }
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  const holdUntil = review.vehicle ? await extendHoldForCheckout(review.vehicle.id, viewer.id, CHECKOUT_HOLD_MAX_MINUTES) : null;
  const allDealerships = await checkoutDealerships();
  const dealerships = review.fixedDealershipId ? null : allDealerships;
  // A stock car is collected (or delivered from) where it stands: the checkout names that dealership.
  const fixedDealership = review.fixedDealershipId ? (allDealerships.find((d) => d.id === review.fixedDealershipId)?.label ?? null) : null;
  // The dealership the buyer last dealt with, else none: the buyer chooses (the first in the list was chosen silently).
  const firstDealershipId = review.fixedDealershipId ?? (dealerships ? await checkoutPreferredDealership(viewer.id) : null);
  const initialSlots = firstDealershipId ? await checkoutHandoverSlots(source.data, firstDealershipId, viewer.id).catch(() => null) : null;
  // An order needs a confirmed e-mail: until then the buyer reviews the order and gets the link back here.
  const verified = await buyerEmailVerified(viewer.id);
  const credit = review.financingOffers.credit;
  const creditLabel =
    review.carried && credit.productName && credit.monthlyPaymentCents !== null && credit.durationMonths !== null
      ? tc('option', { product: credit.productName[lang], monthly: eur(credit.monthlyPaymentCents), months: credit.durationMonths })
      : credit.monthlyPaymentCents !== null && credit.durationMonths !== null && credit.taegPct !== null
        ? t('credit', { monthly: eur(credit.monthlyPaymentCents), months: credit.durationMonths, taeg: formatPercent(credit.taegPct, lang) })
        : t('creditUnavailable');
  const tradeInCents = review.tradeIn?.estimateCents ?? 0;
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <h2 className="text-xl font-semibold">
            {review.modelName[lang]} · {review.kind === 'stock' && review.vehicle ? t('stock', { vin: review.vehicle.vin }) : t('factory')}
          </h2>
          <CarPicture car={review.configuration} sizes="(min-width: 1024px) 560px, calc(100vw - 32px)" priority testId="checkout-car" />
          {review.adjustments.length > 0 ? <Alert tone="info">{t('adjusted', { count: review.adjustments.length })}</Alert> : null}
          {holdUntil ? <Alert tone="info">{t('holdUntil', { time: format.dateTime(holdUntil, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }) })}</Alert> : null}
          {!read.ok || review.carriedRefused ? <Alert tone="info">{tc('refused')}</Alert> : null}
          {review.carried ? <CarriedFinancingSummary financing={credit} adjusted={review.carried.adjusted} household={review.household} /> : null}
          <PriceSummary
            price={{
              lines: [...review.price.lines],
              subtotalTTCCents: review.price.subtotalTTCCents,
              vatCents: review.price.vatCents,
              vatRatePercent: review.price.vatRatePercent,
              malus: { cents: review.price.malusCents, year: review.price.malus.year, source: review.price.malus.source },
              bonus: { cents: review.price.bonusCents, note: review.price.bonus.note },
              totalCents: review.price.totalCents,
              depositCents: review.depositCents,
              tradeIn: review.tradeIn,
              balanceDueCents: Math.max(0, review.price.totalCents - review.depositCents - tradeInCents),
            }}
          />
        </div>
        {verified ? (
          <CheckoutForm
            source={source.data}
            sourceQuery={sourceQuery}
            dealerships={dealerships}
            fixedDealershipId={review.fixedDealershipId}
            fixedDealershipLabel={fixedDealership}
            preferredDealershipId={firstDealershipId}
            initialSlots={initialSlots}
            prefill={await checkoutPrefill(viewer.id, viewer.name)}
            creditLabel={creditLabel}
            carried={review.carried ? carried : null}
            assist={assist}
            totalCents={review.price.totalCents}
          />
        ) : (
          <VerifyEmailPanel next={here} email={viewer.email} />
        )}
      </div>
    </Container>
  );
}

function Problem({ title, message }: { title: string; message: string }) {
  return (
    <Container>
      <PageTitle title={title} />
      <Alert tone="error">{message}</Alert>
    </Container>
  );
}
