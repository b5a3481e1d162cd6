import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { CarPicture } from '@/modules/catalog/components';
import { buyerOrders } from '@/modules/orders/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('orders', 'title');

export const dynamic = 'force-dynamic';

export default async function OrdersPage() {
  const viewer = await requirePageRole(['customer'], '/orders');
  const t = await getTranslations('orders');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const orders = await buyerOrders(viewer.id);
  return (
    <Container>
      <PageTitle title={t('title')} />
      {orders.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="orders-list">
          {orders.map((o) => (
            <li key={o.id} className="flex items-center gap-4 rounded-xl border border-slate-200 p-4">
              <CarPicture car={o.configuration} sizes="128px" className="h-auto w-32 shrink-0 rounded-lg" />
              <div className="flex-1">
                <Link href={`/orders/${o.id}`} className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold underline">{t('reference', { reference: o.reference })} · {o.modelName[lang]}</span>
                  <span className="text-sm">{t(`status.${o.status}`)}</span>
                </Link>
                <p className="text-sm text-slate-600">
                  {t('placedOn', { date: format.dateTime(o.createdAt, { dateStyle: 'long', timeZone: 'Europe/Paris' }) })} · {format.number(o.totalCents / 100, 'eur')}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
