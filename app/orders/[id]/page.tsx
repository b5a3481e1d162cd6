import type { Metadata } from 'next';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { balanceMethodName, balanceState, DEALERSHIP_PROVIDER, BUYER_HANDOVER_MARGIN_HOURS, isLive, returnDueBy, withdrawalOption } from '@/modules/orders';
import { CarPicture } from '@/modules/catalog/components';
import { CarriedFinancingSummary, DeliverySection, HandoverBooking, PaperworkSection, PostButton, PriceSummary, Timeline } from '@/modules/orders/components';
import { buyerHandoverSlots, buyerOrder, documentsOfOrder, handoverOfOrder, orderSignature } from '@/modules/orders/server';
import { withSiteDates } from '@/lib/i18n/format';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The signed-in buyer and their order, read once per request for the title and the page. */
const ownOrder = cache(async (id: string) => {
  const viewer = await requirePageRole(['customer'], `/orders/${encodeURIComponent(id)}`);
  return { viewer, order: await buyerOrder(id, viewer.id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { order } = await ownOrder((await params).id);
  if (!order) notFound();
  return { title: (await getTranslations('orders'))('reference', { reference: order.reference }) };
}

/** The buyer's order: what was agreed, the dated timeline, and what they can do now. Others get a 404. */
export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { viewer, order } = await ownOrder(id);
  if (!order) notFound();
  const reach = { buyerId: viewer.id };
  const [documents, signature, handover] = await Promise.all([documentsOfOrder(order.id, reach), orderSignature(order.id, reach), handoverOfOrder(order.id, reach)]);
  // The buyer may move their own appointment (same slot engine as the dealership), up to a margin before it.
  const handoverMove = handover ? await buyerHandoverSlots(order.id, viewer.id).catch(() => null) : null;
  const t = await getTranslations('orders');
  const th = await getTranslations('orders.handover');
  const td = await getTranslations('orders.detail');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  const option = withdrawalOption(order, new Date());
  const justPaid = (await searchParams).paid === '1';
  return (
    <Container>
      <PageTitle title={t('reference', { reference: order.reference })} lead={`${order.modelName[lang]} · ${t(`status.${order.status}`)}${balanceState(order.payments) === 'paid' && isLive(order.status) && order.status !== 'handed_over' ? ` · ${t('summary.balancePaid')}` : ''}`} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          {justPaid && order.status === 'awaiting_payment' ? <Alert tone="info">{td('paidPending')}</Alert> : null}
          {justPaid && order.status === 'deposit_paid' ? <Alert tone="success">{td('paid')}</Alert> : null}
          {order.status === 'awaiting_payment' ? (
            <div className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4">
              <PostButton
                endpoint={`/api/orders/${order.id}/deposit`}
                label={td('payDeposit', { amount: eur(order.depositCents) })}
                pendingLabel={td('paying')}
                then="follow-url"
                testId="pay-deposit"
              />
              <p className="text-sm text-slate-600">
                {td('payBefore', { time: format.dateTime(order.paymentDueAt, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' }) })}
              </p>
              <PostButton
                endpoint={`/api/orders/${order.id}/cancel`}
                label={td('cancel')}
                confirmLabel={td('confirmCancel')}
                then="reload"
                variant="secondary"
              />
            </div>
          ) : null}
          <section aria-labelledby="withdrawal-heading" className="flex flex-col gap-2">
            <h2 id="withdrawal-heading" className="sr-only">
              {td('withdraw')}
            </h2>
            {option.kind === 'withdraw' ? (
              <>
                <p className="text-sm text-slate-700">{td('withdrawLead')}</p>
                <PostButton
                  endpoint={`/api/orders/${order.id}/withdraw`}
                  label={td('withdraw')}
                  confirmLabel={td('confirmWithdraw')}
                  then="reload"
                  variant="secondary"
                  testId="withdraw"
                />
              </>
            ) : null}
            {option.kind === 'return' ? (
              <>
                <p className="text-sm text-slate-700">{td('returnLead', { date: day(option.deadline) })}</p>
                <PostButton
                  endpoint={`/api/orders/${order.id}/return`}
                  label={td('returnCar')}
                  confirmLabel={td('confirmReturn')}
                  then="reload"
                  variant="secondary"
                />
              </>
            ) : null}
            {option.kind === 'return-requested' && order.returnRequestedAt ? (
              <Alert tone="info">{td('returnRequested', { date: day(order.returnRequestedAt), returnBy: day(returnDueBy(order.returnRequestedAt)) })}</Alert>
            ) : null}
            {option.kind === 'expired' ? (
              <p className="text-sm text-slate-700" data-testid="withdrawal-over">
                {td('withdrawalOver', { date: day(option.deadline) })}
              </p>
            ) : null}
            {order.handedOverAt && option.kind !== 'expired' ? (
              // The period runs from the day the buyer took the car (Code de la consommation, art. L221-18).
              <p className="text-sm" data-testid="withdrawal-period">{td('periodStart', { date: day(order.handedOverAt) })}</p>
            ) : null}
            {order.withdrawalEndsAt && option.kind !== 'expired' ? (
              <p className="text-sm font-medium">{td('deadline', { date: day(order.withdrawalEndsAt) })}</p>
            ) : null}
          </section>
          <PaperworkSection
            orderId={order.id}
            as="buyer"
            live={isLive(order.status)}
            financing={order.snapshot.financing.choice}
            documents={documents ?? []}
            signature={signature}
            buyerName={`${order.snapshot.buyer.firstName} ${order.snapshot.buyer.lastName}`}
          />
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
              {td('timeline')}
            </h2>
            <Timeline entries={order.timeline} />
          </section>
          <section aria-labelledby="payments-heading">
            <h2 id="payments-heading" className="mb-2 text-lg font-semibold">
              {td('payments')}
            </h2>
            {order.payments.length === 0 ? <p className="text-sm text-slate-600">{td('noPayments')}</p> : null}
            <ul className="text-sm" data-testid="order-payments">
              {order.payments.map((p) => (
                <li key={p.id}>
                  {p.kind === 'deposit'
                    ? td('depositLine')
                    : p.kind === 'balance'
                      ? p.method
                        ? td('balanceLine', { method: balanceMethodName(p.method, lang) })
                        : td('balanceLinePlain')
                      : p.provider === DEALERSHIP_PROVIDER
                        ? p.method
                          ? td('balanceRefundLine', { method: balanceMethodName(p.method, lang) })
                          : td('balanceRefundLinePlain')
                        : td('refundLine')}{' '}
                  · {eur(p.amountCents)} ·{' '}
                  {td(`paymentStatus.${p.status as 'pending' | 'succeeded' | 'failed' | 'expired'}`)}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div className="flex flex-col gap-4">
          <CarPicture car={order.snapshot.configuration} sizes="(min-width: 1024px) 560px, calc(100vw - 32px)" priority testId="order-car" />
          <DeliverySection order={order} handover={handover} />
          {handoverMove?.movable ? <HandoverBooking orderId={order.id} days={handoverMove.days} moving endpoint={`/api/orders/${order.id}/handover`} testId="buyer-handover-slot" /> : null}
          {handoverMove?.reason === 'HANDOVER_TOO_CLOSE' ? <Alert tone="info">{th('buyerTooClose', { hours: BUYER_HANDOVER_MARGIN_HOURS })}</Alert> : null}
          <PriceSummary
            price={order.snapshot}
            deposit={order.depositPaidAt ? 'paid' : order.status === 'awaiting_payment' ? 'due' : 'none'}
            balance={balanceState(order.payments)}
          />
          {order.snapshot.financing.productId ? <CarriedFinancingSummary financing={order.snapshot.financing} household={order.snapshot.household} /> : null}
        </div>
      </div>
    </Container>
  );
}
