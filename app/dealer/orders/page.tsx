import Link from 'next/link';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { dealershipOrders } from '@/modules/orders/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('orders.dealer', 'title');

export const dynamic = 'force-dynamic';

export default async function DealerOrdersPage() {
  const ctx = await dealerPage('/dealer/orders');
  const t = await getTranslations('orders');
  const td = await getTranslations('orders.dealer');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const orders = await dealershipOrders(ctx.dealershipId);
  return (
    <Container>
      <PageTitle title={td('title')} lead={td('lead')} />
      <DealerNav current="orders" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      {orders.length === 0 ? (
        <p>{td('none')}</p>
      ) : (
        <ScrollRegion label={td('title')}>
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="dealer-orders">
            <thead>
              <tr className="border-b">
                <th className="py-2">{t('reference', { reference: '' })}</th>
                <th>{td('buyer')}</th>
                <th>{t('total')}</th>
                <th>{t('placedOn', { date: '' })}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id} className="border-b">
                  <td className="py-2">
                    <Link href={`/dealer/orders/${o.id}`} className="font-medium underline">
                      {o.reference}
                    </Link>{' '}
                    · {o.modelName[lang]} · {t(`status.${o.status}`)}
                  </td>
                  <td>{o.buyerEmail}</td>
                  <td className="tabular-nums">{format.number(o.totalCents / 100, 'eur')}</td>
                  <td>{format.dateTime(o.createdAt, { dateStyle: 'medium', timeZone: 'Europe/Paris' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Container>
  );
}
