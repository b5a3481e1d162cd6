import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { HandoverView } from '@/modules/test-drives/server';
import type { OrderDetail } from '../server/queries';
import { withSiteDates } from '@/lib/i18n/format';

/** How the car reaches the buyer: the handover appointment (click & collect) or the delivery address and fee, then the handover record. */
export async function DeliverySection({ order, handover }: { order: OrderDetail; handover: HandoverView | null }) {
  const t = await getTranslations('orders.deliveryChoice');
  const th = await getTranslations('orders.handover');
  const tr = await getTranslations('orders.handoverRecord');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  const delivery = order.snapshot.delivery;
  const dealer = delivery.dealership;
  return (
    <section aria-labelledby="delivery-heading" className="flex flex-col gap-1 rounded-xl border border-slate-200 p-4 text-sm" data-testid="order-delivery">
      <h2 id="delivery-heading" className="mb-1 text-lg font-semibold">
        {t('title')}
      </h2>
      {delivery.mode === 'home' ? (
        <p>{t('homeTo', { address: `${delivery.address.street}, ${delivery.address.postalCode} ${delivery.address.city}`, km: delivery.roadKm, fee: eur(delivery.feeCents) })}</p>
      ) : (
        <>
          <p>{t('collectAt', { dealership: `${dealer.name}, ${dealer.street}, ${dealer.postalCode} ${dealer.city}` })}</p>
          <p data-testid="handover-appointment">
            {handover
              ? th('at', {
                  time: format.dateTime(new Date(handover.start), { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: handover.timeZone }),
                  staff: handover.staffName,
                })
              : th('notBooked')}
          </p>
        </>
      )}
      {order.handoverRecord ? (
        <p data-testid="handover-record-shown">
          {tr('recorded', { km: format.number(order.handoverRecord.mileageKm), keys: order.handoverRecord.keys, name: order.handoverRecord.signedName })}
        </p>
      ) : null}
    </section>
  );
}
