import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { catalogue, formatEuros, frontStill, hrefOf } from '@/modules/catalog';
import { ConfigurationStill } from '@/modules/catalog/components';
import { describeConfiguration } from '@/modules/catalog/server';
import { HoldForCustomerForm, SaveToCustomerForm, StartOrderForm } from '@/modules/showroom/components';
import { customerFile, holdableCars } from '@/modules/showroom/server';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('continuity.showroom', 'title');

type Props = { params: Promise<{ id: string }> };

/** The customer's file on the tablet: their journey across channels, newest first, and everything they did. */
export default async function ShowroomCustomerPage({ params }: Props) {
  const { id } = await params;
  const ctx = await dealerPage(`/dealer/showroom/customers/${encodeURIComponent(id)}`);
  // Refused (no interaction with this dealership, no consent): the 403 page; the refusal is logged.
  const file = await customerFile({ userId: ctx.userId, dealershipId: ctx.dealershipId }, ctx.actor, id.slice(0, 64)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'FORBIDDEN') forbidden();
    throw error;
  });
  const cars = await holdableCars(ctx.dealershipId);
  const act = await getTranslations('showroomActions');
  const t = await getTranslations('continuity.showroom');
  const steps = await getTranslations('continuity.steps');
  const channels = await getTranslations('continuity.channels');
  const orderStatus = await getTranslations('orders.status');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) as Locale;
  const name = [file.profile?.firstName, file.profile?.lastName].filter(Boolean).join(' ') || file.user.name;
  return (
    <Container>
      <PageTitle title={name || file.user.email} lead={[file.user.email, file.profile?.phone, file.profile?.city].filter(Boolean).join(' · ')} />
      <p className="mb-6"><Link href="/dealer/showroom" className="underline">{t('back')}</Link></p>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          <section aria-labelledby="cars-title">
            <h2 id="cars-title" className="mb-3 text-xl font-semibold">{t('configurations')}</h2>
            <ul className="grid gap-4 sm:grid-cols-2" data-testid="customer-garage">
              {file.garage.map((item) => {
                const d = describeConfiguration(item.quote.configuration);
                return (
                  <li key={item.id}>
                    <Card className="flex flex-col gap-2">
                      <ConfigurationStill still={frontStill(item.quote.configuration)} sizes="(min-width: 1024px) 300px, 100vw" />
                      <p className="font-semibold">{item.title ?? d.title[locale]}</p>
                      <p className="text-sm">{formatEuros(item.quote.price.totalCents, locale)} · <span className="font-mono">{item.code}</span></p>
                      <Link href={hrefOf(item.quote.configuration)} className="min-h-12 rounded-lg border border-slate-300 px-4 py-3 text-center font-medium">{t('continue')}</Link>
                    </Card>
                  </li>
                );
              })}
            </ul>
            <Card className="mt-4"><SaveToCustomerForm customerId={file.user.id} /></Card>
          </section>
          <section aria-labelledby="things-title" className="grid gap-4 sm:grid-cols-3">
            <h2 id="things-title" className="sr-only">{t('activity')}</h2>
            <Card className="flex flex-col gap-3">
              <h3 className="font-semibold">{t('holds')}</h3>
              <ul className="text-sm" data-testid="customer-holds">{file.holds.map((h) => <li key={h.id}>{h.vin} · {h.dealershipName}</li>)}</ul>
              <HoldForCustomerForm customerId={file.user.id} cars={cars.map((c) => ({ id: c.id, label: `${catalogue.models.find((m) => m.code === c.modelCode)?.name[locale] ?? c.modelCode} · ${c.vin}` }))} />
            </Card>
            <Card className="flex flex-col gap-3">
              <h3 className="font-semibold">{t('drives')}</h3>
              <ul className="text-sm">{file.drives.map((d) => <li key={d.id}>{d.localDate} {d.localTime} · <Link href={`/dealer/drives/${d.id}`} className="underline">{d.reference}</Link></li>)}</ul>
              <Link href={`/dealer/drives/new?customer=${encodeURIComponent(file.user.id)}`} className="min-h-12 rounded-lg border border-slate-300 px-4 py-3 text-center font-medium">{act('bookDrive')}</Link>
            </Card>
            <Card className="flex flex-col gap-3">
              <h3 className="font-semibold">{t('orders')}</h3>
              <ul className="text-sm">{file.orders.map((o) => <li key={o.id}><Link href={`/dealer/orders/${o.id}`} className="underline">{o.reference}</Link> · {orderStatus(o.status)}</li>)}</ul>
              <StartOrderForm
                customerId={file.user.id}
                cars={[
                  ...file.holds.map((h) => ({ value: `vehicle:${h.vehicleId}`, label: `${act('heldCar')} · ${h.vin}` })),
                  ...file.garage.map((g) => ({ value: `config:${g.code}`, label: `${g.title ?? describeConfiguration(g.quote.configuration).title[locale]} · ${g.code}` })),
                ]}
              />
            </Card>
          </section>
        </div>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-3 text-xl font-semibold">{t('timeline')}</h2>
          <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4" data-testid="customer-timeline">
            {file.timeline.map((e) => (
              <li key={e.id} className="text-sm wrap-anywhere">
                <span className="font-medium">{steps(e.step)}</span> · {channels(e.channel)}{e.byStaff ? ` · ${t('byStaff')}` : ''}
                <br />
                <span className="text-slate-600">{format.dateTime(e.occurredAt, 'short')}{e.subjectRef ? ` · ${e.subjectRef}` : ''}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Container>
  );
}
