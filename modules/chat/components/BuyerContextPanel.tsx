'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { describeBuyerPage } from '../page-description';
import type { BuyerContextView } from './advisor-types';
import { callApi, conversationPath } from './chat-api';
import { withSiteDates } from '@/lib/i18n/format';

/** Beside a conversation: what the buyer has on screen now, and their saved cars, holds, orders, test drives. */
export function BuyerContextPanel({ id, version }: { id: string; version: number }) {
  const t = useTranslations('chat');
  const journeyLabels = useTranslations('continuity');
  const orderStatus = useTranslations('orders.status');
  const driveStatus = useTranslations('dealer.status');
  const format = withSiteDates(useFormatter(), useLocale());
  const locale = useLocale();
  const lang = locale === 'en' ? 'en' : 'fr';
  const said = (labels: typeof orderStatus | typeof driveStatus, status: string) => (labels.has(status) ? labels(status) : status);
  const [context, setContext] = useState<BuyerContextView | null>(null);
  useEffect(() => {
    let live = true;
    void callApi<BuyerContextView>(`${conversationPath(id)}/buyer-context`).then((result) => {
      if (live && result.ok) setContext(result.data);
    });
    return () => {
      live = false;
    };
  }, [id, version]);
  if (!context) return <aside className="text-sm text-slate-500">…</aside>;
  const euros = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const when = (iso: string) => format.dateTime(new Date(iso), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' });
  return (
    <aside className="flex flex-col gap-3 rounded-xl border border-slate-200 p-3 text-sm" aria-label={t('context')} data-testid="buyer-context">
      <div>
        <h3 className="font-semibold">{context.buyer.isGuest ? t('guest') : context.buyer.name}</h3>
        {context.buyer.email ? <p className="text-xs text-slate-600">{context.buyer.email}</p> : null}
        {context.callbackPhone ? <p className="text-xs">{t('callbackAt', { when: context.callbackAt ? when(context.callbackAt) : '', phone: context.callbackPhone })}</p> : null}
        {context.contactEmail ? <p className="text-xs">{t('emailTo', { email: context.contactEmail })}</p> : null}
      </div>
      <div>
        <h4 className="text-xs font-semibold uppercase text-slate-500">{t('onScreen')}</h4>
        {context.currentPage ? (
          <Link href={context.currentPage} target="_blank" title={context.currentPage} className="wrap-anywhere text-emerald-800 underline" data-testid="buyer-current-page">
            {describeBuyerPage(context.currentPage, locale === 'en' ? 'en' : 'fr')}
          </Link>
        ) : (
          <p className="text-slate-500">—</p>
        )}
      </div>
      <Section title={t('savedCars')} empty={context.savedConfigurations.length === 0}>
        {context.savedConfigurations.map((car) => (
          <li key={car.code}>
            <Link href={car.href} target="_blank" className="underline">{car.title ?? car.modelName[lang]}</Link> · {euros(car.totalCents)}
          </li>
        ))}
      </Section>
      <Section title={t('holds')} empty={context.holds.length === 0}>
        {context.holds.map((hold) => (
          <li key={hold.id}>{hold.vin} · {hold.dealershipName}</li>
        ))}
      </Section>
      <Section title={t('orders')} empty={context.orders.length === 0}>
        {context.orders.map((order) => (
          <li key={order.id}>{order.reference} · {order.modelName[lang]} · {said(orderStatus, order.status)} · {euros(order.totalCents)}</li>
        ))}
      </Section>
      <Section title={t('testDrives')} empty={context.testDrives.length === 0}>
        {context.testDrives.map((drive) => (
          <li key={drive.reference} data-testid="buyer-test-drive">{drive.reference} · {drive.modelName[lang]} · {when(drive.start)} · {drive.dealershipName} · {said(driveStatus, drive.status)}</li>
        ))}
      </Section>
      <Section title={t('financing')} empty={context.financing.length === 0}>
        {context.financing.map((f) => (
          <li key={f.id} data-testid="buyer-financing">
            <a className="underline" href={f.href}>
              {f.modelName[lang]} · {t('financingTerms', { months: f.durationMonths, deposit: euros(f.cashDepositCents), km: f.annualMileageKm })}
              {f.lowestMonthlyCents !== null ? ` · ${t('financingFrom', { monthly: euros(f.lowestMonthlyCents) })}` : ''}
            </a>
          </li>
        ))}
      </Section>
      <Section title={t('journey')} empty={context.journey.length === 0}>
        {context.journey.map((e) => (
          <li key={e.id} data-testid="buyer-journey-event">
            {journeyLabels.has(`steps.${e.step}`) ? journeyLabels(`steps.${e.step}`) : e.step} · {journeyLabels.has(`channels.${e.channel}`) ? journeyLabels(`channels.${e.channel}`) : e.channel}
            {e.modelName ? ` · ${e.modelName[lang]}` : ''} · {when(e.occurredAt)}
          </li>
        ))}
      </Section>
      {context.csat ? <p data-testid="buyer-csat">{t('csatShown', { score: context.csat.score })} {context.csat.comment ? (lang === 'fr' ? `« ${context.csat.comment} »` : `“${context.csat.comment}”`) : ''}</p> : null}
    </aside>
  );
}

function Section({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase text-slate-500">{title}</h4>
      {empty ? <p className="text-slate-500">—</p> : <ul className="flex flex-col gap-1">{children}</ul>}
    </div>
  );
}
