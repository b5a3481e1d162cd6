import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { hrefOf } from '@/modules/catalog';
import { describeConfiguration, findSavedConfiguration, parseShortCode } from '@/modules/catalog/server';
import { consentAnswer, findByConfigurationCode } from '@/modules/journey/server';
import { AskConsentButton, ConsentWait, ContactLookupForm, QrScanner, TakeCallButton } from '@/modules/showroom/components';
import { openCalls } from '@/modules/showroom/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('continuity.showroom', 'title');

type Search = Promise<{ code?: string; consent?: string }>;

/**
 * The showroom tablet: find the customer by their configuration's code (typed, or this page's URL
 * with ?code= opened from the QR), or by e-mail/phone once they consented; the kiosk's calls.
 */
export default async function ShowroomPage({ searchParams }: { searchParams: Search }) {
  const ctx = await dealerPage('/dealer/showroom');
  const staff = { userId: ctx.userId, dealershipId: ctx.dealershipId };
  const t = await getTranslations('continuity.showroom');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) as Locale;
  const query = await searchParams;
  const code = typeof query.code === 'string' ? parseShortCode(query.code) : null;
  const [lookup, saved, consent, calls] = await Promise.all([
    code ? findByConfigurationCode(staff, code) : null,
    code ? findSavedConfiguration(code) : null,
    typeof query.consent === 'string' ? consentAnswer(staff, query.consent.slice(0, 40)) : null,
    openCalls(ctx.dealershipId),
  ]);
  const d = saved ? describeConfiguration(saved.quote.configuration) : null;
  return (
    <Container>
      <PageTitle title={t('title')} lead={ctx.settings.name} />
      <DealerNav current="showroom" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <nav className="mb-6 flex gap-4 text-sm"><Link href="/dealer/showroom/labels" className="underline">{t('labels')}</Link></nav>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card className="flex flex-col gap-4">
          <form method="get" action="/dealer/showroom" className="flex flex-col gap-2">
            <label htmlFor="code" className="text-sm font-medium">{t('codeLabel')}</label>
            <div className="flex gap-2">
              <input id="code" name="code" defaultValue={code ?? ''} maxLength={32} autoComplete="off" className="w-full min-w-0 flex-1 rounded-lg border sm:w-56 sm:flex-none border-slate-300 px-3 py-3 font-mono text-lg uppercase tracking-widest" />
              <button type="submit" className="min-h-12 rounded-lg bg-slate-900 px-5 font-medium text-white">{t('open')}</button>
            </div>
          </form>
          <QrScanner />
          {query.code && !lookup ? <p role="alert" className="text-red-700">{t('unknownCode')}</p> : null}
          {lookup && saved && d ? (
            <div className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4" data-testid="code-result">
              <p className="text-lg font-semibold">{saved.title ?? d.title[locale]}</p>
              <p className="text-sm text-slate-700">{d.paint[locale]} · {d.wheels[locale]} · {d.interior[locale]}</p>
              <div className="flex flex-wrap gap-3">
                <Link href={hrefOf(saved.quote.configuration)} className="rounded-lg border border-slate-300 px-4 py-3 font-medium" data-testid="continue-configuration">{t('continue')}</Link>
                {lookup.customerVisible && lookup.customerId ? (
                  <Link href={`/dealer/showroom/customers/${lookup.customerId}`} className="rounded-lg bg-emerald-700 px-4 py-3 font-medium text-white" data-testid="open-customer">{t('openCustomer')}</Link>
                ) : lookup.customerId === null && !consent ? (
                  <AskConsentButton code={lookup.configurationCode} />
                ) : null}
              </div>
            </div>
          ) : null}
          {consent ? (
            <div className="rounded-xl border border-amber-300 bg-amber-50 p-4" data-testid="consent-request">
              {consent.customerId ? (
                <Link href={`/dealer/showroom/customers/${consent.customerId}`} className="rounded-lg bg-emerald-700 px-4 py-3 font-medium text-white" data-testid="open-customer">{t('openCustomer')}</Link>
              ) : (
                <>
                  <p>{t('consentExplain')}</p>
                  <p className="my-2 font-mono text-4xl font-bold tracking-widest" data-testid="consent-code">{consent.code}</p>
                  <p className="text-sm text-slate-700">{t('consentUntil', { time: format.dateTime(consent.expiresAt, { timeStyle: 'short', hourCycle: 'h23' }) })}</p>
                  <ConsentWait />
                </>
              )}
            </div>
          ) : null}
        </Card>
        <Card className="flex flex-col gap-4">
          <ContactLookupForm />
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">{t('askConsentLead')}</p>
            {!consent ? <AskConsentButton /> : null}
          </div>
        </Card>
      </div>
      <section aria-labelledby="calls-title" className="mt-8">
        <h2 id="calls-title" className="mb-3 text-xl font-semibold">{t('calls')}</h2>
        {calls.length === 0 ? <p className="text-slate-700">{t('noCalls')}</p> : (
          <ul className="flex flex-col gap-2" data-testid="kiosk-calls">
            {calls.map((c) => (
              <li key={c.id} className="flex items-center gap-3">
                <span>{t('callAt', { time: format.dateTime(c.createdAt, { timeStyle: 'short', hourCycle: 'h23' }) })}</span>
                {c.configuration ? <a href={c.configuration} className="underline">{t('callConfiguration')}</a> : null}
                <TakeCallButton id={c.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
