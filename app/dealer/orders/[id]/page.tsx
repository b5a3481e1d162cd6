import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { balanceDueOf, balancePayable, balanceState, DEALERSHIP_PROVIDER, isLive, nextStatuses, refundDueBy, returnDueBy } from '@/modules/orders';
import { CarPicture } from '@/modules/catalog/components';
import { BalanceForm, CarriedFinancingSummary, DeliverySection, HandoverBooking, HandoverRecordForm, PaperworkSection, PostButton, PriceSummary, Timeline } from '@/modules/orders/components';
import { dealershipOrder, documentsOfOrder, handoverOfOrder, matchingStock, orderSignature, staffHandoverSlots } from '@/modules/orders/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { withSiteDates } from '@/lib/i18n/format';

type Props = { params: Promise<{ id: string }> };

/** The staff member's dealership and its order, read once per request for the title and the page. */
const staffOrder = cache(async (id: string) => {
  const ctx = await dealerPage(`/dealer/orders/${encodeURIComponent(id)}`);
  return { ctx, order: await dealershipOrder(id, ctx.dealershipId) };
});

/** The order's reference in the tab, as in the heading (several orders open side by side are told apart). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { order } = await staffOrder((await params).id);
  if (!order) notFound();
  return { title: (await getTranslations('orders'))('reference', { reference: order.reference }) };
}

export const dynamic = 'force-dynamic';

/** One order of the dealership: allocate a car, mark steps, record the handover or a return. Other dealerships get a 404. */
export default async function DealerOrderPage({ params }: Props) {
  const { ctx, order } = await staffOrder((await params).id);
  if (!order) notFound();
  const reach = { dealershipId: ctx.dealershipId };
  const [documents, signature, handover] = await Promise.all([documentsOfOrder(order.id, reach), orderSignature(order.id, reach), handoverOfOrder(order.id, reach)]);
  const canBookHandover = order.snapshot.delivery.mode === 'click_collect' && isLive(order.status) && order.status !== 'handed_over';
  const handoverDays = canBookHandover ? await staffHandoverSlots(order.id, { userId: ctx.userId, dealershipId: ctx.dealershipId }).catch(() => []) : [];
  const t = await getTranslations('orders');
  const td = await getTranslations('orders.dealer');
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const format = withSiteDates(await getFormatter(), await getLocale());
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  // Allocation, the handover and a return each have their own form; the rest are plain steps.
  const steps = nextStatuses(order.kind, order.status, 'staff').filter((s) => s !== 'vehicle_allocated' && s !== 'withdrawn' && s !== 'handed_over');
  const canAllocate = nextStatuses(order.kind, order.status, 'staff').includes('vehicle_allocated');
  const matching = canAllocate && order.kind === 'factory' ? await matchingStock(order.id, ctx.dealershipId) : [];
  const endpoint = (action: string) => `/api/dealer/orders/${order.id}/${action}`;
  return (
    <Container>
      <PageTitle title={t('reference', { reference: order.reference })} lead={`${order.modelName[lang]} · ${t(`status.${order.status}`)}${balanceState(order.payments) === 'paid' && isLive(order.status) && order.status !== 'handed_over' ? ` · ${t('summary.balancePaid')}` : ''}`} />
      <DealerNav current="orders" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <p className="text-sm">
            {td('buyer')}{lang === 'en' ? ': ' : '\u00a0: '}{order.snapshot.buyer.firstName} {order.snapshot.buyer.lastName} · {order.snapshot.buyer.email} · {order.snapshot.buyer.phone}
          </p>
          {order.stockVehicle ? <p className="text-sm">VIN {order.stockVehicle.vin}</p> : null}
          {canAllocate ? (
            <section className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4">
              {order.kind === 'factory' ? (
                <>
                  <h2 className="font-semibold">{td('matching')}</h2>
                  {matching.length === 0 ? <p className="text-sm">{td('noMatching')}</p> : null}
                  {matching.map((v) => (
                    <div key={v.id} className="flex items-center gap-3">
                      <span className="text-sm">VIN {v.vin}</span>
                      <PostButton endpoint={endpoint('allocate')} body={{ vehicleId: v.id }} label={td('allocate')} then="reload" testId="allocate-vehicle" />
                    </div>
                  ))}
                  <PostButton
                    endpoint={endpoint('allocate')}
                    body={{ vehicleId: null }}
                    label={td('allocateProduction')}
                    then="reload"
                    variant="secondary"
                    testId="allocate-production"
                  />
                </>
              ) : (
                <PostButton endpoint={endpoint('allocate')} body={{ vehicleId: null }} label={td('allocate')} then="reload" testId="allocate-vehicle" />
              )}
            </section>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {steps.map((step) => (
              <PostButton
                key={step}
                endpoint={endpoint('advance')}
                body={{ to: step }}
                label={td('advance', { step: t(`status.${step}`) })}
                then="reload"
                testId={`advance-${step}`}
              />
            ))}
          </div>
          <DeliverySection order={order} handover={handover} />
          {canBookHandover ? <HandoverBooking orderId={order.id} days={handoverDays} moving={handover !== null} /> : null}
          <BalanceSection order={order} day={day} />
          {order.status === 'ready' ? <HandoverRecordForm orderId={order.id} buyerName={`${order.snapshot.buyer.firstName} ${order.snapshot.buyer.lastName}`} /> : null}
          {order.returnRequestedAt && order.status === 'handed_over' ? (
            <>
              <Alert tone="info">
                {td('returnRequested', { date: day(order.returnRequestedAt), returnBy: day(returnDueBy(order.returnRequestedAt)), phone: order.snapshot.buyer.phone })}
              </Alert>
              <PostButton endpoint={endpoint('advance')} body={{ to: 'withdrawn' }} label={td('recordReturn')} confirmLabel={td('confirmReturn')} then="reload" />
            </>
          ) : null}
          <PaperworkSection
            orderId={order.id}
            as="staff"
            live={isLive(order.status)}
            financing={order.snapshot.financing.choice}
            documents={documents ?? []}
            signature={signature}
            buyerName={`${order.snapshot.buyer.firstName} ${order.snapshot.buyer.lastName}`}
          />
          <Timeline entries={order.timeline} />
        </div>
        <div className="flex flex-col gap-4">
          <CarPicture car={order.snapshot.configuration} sizes="(min-width: 1024px) 560px, calc(100vw - 32px)" testId="order-car" />
          <PriceSummary price={order.snapshot} deposit={order.depositPaidAt ? 'paid' : order.status === 'awaiting_payment' ? 'due' : 'none'} balance={balanceState(order.payments)} />
          {order.snapshot.financing.productId ? <CarriedFinancingSummary financing={order.snapshot.financing} household={order.snapshot.household} /> : null}
        </div>
      </div>
    </Container>
  );
}


/** The balance: to record before the handover, recorded, or to pay back after a withdrawal. */
async function BalanceSection({ order, day }: { order: NonNullable<Awaited<ReturnType<typeof dealershipOrder>>>; day: (date: Date) => string }) {
  const t = await getTranslations('orders.balance');
  const format = await getFormatter();
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  const method = (m: string | null) => (m && t.has(`methods.${m}`) ? t(`methods.${m}` as 'methods.transfer') : (m ?? ''));
  const paid = order.payments.find((p) => p.kind === 'balance' && p.status === 'succeeded');
  const refund = order.payments.find((p) => p.kind === 'refund' && p.provider === DEALERSHIP_PROVIDER);
  const due = balanceDueOf(order.snapshot);
  if (refund?.status === 'pending')
    return (
      <div className="flex flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="balance-refund">
        <p>{t('refundDue', { amount: eur(refund.amountCents), method: method(refund.method), date: day(refundDueBy(order.returnRequestedAt ?? refund.createdAt)) })}</p>
        <PostButton endpoint={`/api/dealer/orders/${order.id}/balance-refunded`} label={t('refundRecord')} confirmLabel={t('refundDone')} then="reload" variant="secondary" />
      </div>
    );
  if (refund) return <p className="text-sm" data-testid="balance-status">{t('refunded', { amount: eur(refund.amountCents), method: method(refund.method) })}</p>;
  if (paid)
    return (
      <p className="text-sm font-medium text-emerald-800" data-testid="balance-status">
        {paid.method ? t('paid', { amount: eur(paid.amountCents), method: method(paid.method) }) : t('paidPlain', { amount: eur(paid.amountCents) })}
      </p>
    );
  if (due <= 0 || !balancePayable(order.status)) return null;
  return <BalanceForm orderId={order.id} amount={eur(due)} defaultMethod={order.snapshot.financing.choice === 'credit' ? 'financing' : 'transfer'} />;
}
