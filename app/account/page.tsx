import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { getViewer, type Viewer } from '@/lib/session';
import { holdsOf } from '@/modules/availability/server';
import { catalogue, encodeConfiguration, formatEuros, frontStill } from '@/modules/catalog';
import { conversationsOf } from '@/modules/chat/server';
import { CarPicture, ConfigurationStill } from '@/modules/catalog/components';
import { describeConfiguration, listGarage } from '@/modules/catalog/server';
import { DeleteAccountForm, ProfileForm, SavedCarActions } from '@/modules/customers/components';
import { customerProfile, dealershipChoices } from '@/modules/customers/server';
import { ConsentCodeForm, RevokeConsentButton } from '@/modules/journey/components';
import { consentsOf } from '@/modules/journey/server';
import { buyerOrders, checkoutPrefill } from '@/modules/orders/server';
import { DeleteSimulationButton } from '@/modules/finance/components';
import { listFinancingSimulations } from '@/modules/finance/server';
import { SurveyPreference } from '@/modules/surveys/components';
import { surveysRefused } from '@/modules/surveys/server';
import { actorFromViewer, buyerDriveLinks, listBuyerDrives } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('continuity.account', 'title');

async function loadAccount(viewer: Viewer) {
  const [garage, holds, drives, links, orders, profile, dealerships, consents, conversations, refusesSurveys, simulations] = await Promise.all([
    listGarage(viewer.id),
    holdsOf(viewer.id),
    listBuyerDrives(actorFromViewer(viewer), { buyerUserId: viewer.id }),
    buyerDriveLinks(viewer.id),
    buyerOrders(viewer.id),
    customerProfile(viewer.id),
    dealershipChoices(),
    consentsOf(viewer.id),
    conversationsOf(viewer.id),
    surveysRefused(viewer.email),
    listFinancingSimulations(viewer),
  ]);
  const now = Date.now();
  const upcoming = drives.filter((d) => d.status === 'scheduled' && Date.parse(d.start) > now);
  const past = drives.filter((d) => !upcoming.includes(d));
  return { garage, holds, upcoming, past, links, orders, profile, dealerships, consents, conversations, refusesSurveys, simulations };
}

/** The buyer's own space: everything they did on any channel, their profile, and control over their data. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect('/sign-in?next=/account');
  const t = await getTranslations('continuity.account');
  const roles = await getTranslations('roles');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = (await getLocale()) as Locale;
  if (viewer.role !== 'customer') {
    return (
      <Container>
        <PageTitle title={t('title')} lead={t('signedInAs', { email: viewer.email })} />
        <Card><p data-testid="account-role">{roles(viewer.role)}</p></Card>
      </Container>
    );
  }
  const { garage, holds, upcoming, past, links, orders, profile, dealerships, consents, conversations, refusesSurveys, simulations } = await loadAccount(viewer);
  // What the buyer already gave (their name, their last order's details) fills an empty profile, as it fills the checkout.
  const suggested = await checkoutPrefill(viewer.id, viewer.name);
  const fs = await getTranslations('financingSimulations');
  const to = await getTranslations('orders');
  const tn = await getTranslations('nextSteps');
  const ta = await getTranslations('availability');
  const modelName = (code: string) => catalogue.models.find((m) => m.code === code)?.name[locale] ?? code;
  const drives = [...upcoming, ...past];
  const dealershipName = new Map(dealerships.map((d) => [d.id, d.name]));
  const welcome = (await searchParams).welcome === '1';
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('signedInAs', { email: viewer.email })} />
      {welcome ? (
        <Alert tone="success" className="mb-6">
          {t('welcome')}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-10">
        <section aria-labelledby="garage-title">
          <h2 id="garage-title" className="mb-3 text-xl font-semibold">{t('garage')}</h2>
          {garage.length === 0 ? <p className="text-slate-700">{t('noGarage')}</p> : null}
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="account-garage">
            {garage.map((item) => {
              const d = describeConfiguration(item.quote.configuration);
              return (
                <li key={item.id}>
                  <Card className="flex h-full flex-col gap-2">
                    <ConfigurationStill still={frontStill(item.quote.configuration)} sizes="(min-width: 1024px) 330px, 100vw" />
                    <h3 className="text-lg font-semibold">{item.title ?? d.title[locale]}</h3>
                    <p className="text-sm text-slate-700">{d.title[locale]} · {formatEuros(item.quote.price.totalCents, locale)}</p>
                    <p className="text-sm"><Link href={`/g/${item.code}`} className="font-mono font-semibold underline">{item.code}</Link></p>
                    <SavedCarActions code={item.code} title={item.title ?? d.title[locale]} />
                  </Card>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="simulations-title">
          <h2 id="simulations-title" className="mb-3 text-xl font-semibold">{fs('title')}</h2>
          {simulations.length === 0 ? <p className="text-slate-700">{fs('none')}</p> : (
            <ul className="flex flex-col gap-3" data-testid="account-simulations">
              {simulations.map((s) => (
                <li key={s.id} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3 text-sm">
                  <span className="font-medium">{fs('line', { model: modelName(s.modelCode), price: formatEuros(s.priceCents, locale), deposit: formatEuros(s.cashDepositCents, locale), months: s.durationMonths, km: format.number(s.annualMileageKm) })}</span>
                  <span className="text-slate-700">{s.offers.filter((o) => o.monthlyCents > 0).map((o) => fs('offer', { name: o.name[locale], monthly: formatEuros(o.monthlyCents, locale) })).join(' · ')}</span>
                  <span className="text-slate-600">{format.dateTime(s.savedAt, 'short')}</span>
                  <span className="flex flex-wrap items-center gap-4">
                    <Link href={s.href} className="underline">{fs('open')}</Link>
                    <a href={s.pdfHref} download className="underline">{fs('pdf')}</a>
                    <DeleteSimulationButton id={s.id} label={fs('delete')} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="holds-title">
          <h2 id="holds-title" className="mb-3 text-xl font-semibold">{t('holds')}</h2>
          {holds.length === 0 ? <p className="text-slate-700">{t('noHolds')}</p> : (
            <ul className="flex flex-col gap-2">
              {holds.map((h) => (
                <li key={h.id} className="flex items-center gap-3">
                  <CarPicture car={h.car} sizes="96px" className="h-auto w-24 shrink-0 rounded-lg" />
                  <span className="flex flex-col gap-1">
                    <span><span className="font-medium">{modelName(h.car.model)}</span> · {t('holdLine', { vin: h.vin, dealership: h.dealershipName, until: format.dateTime(h.expiresAt, { timeStyle: 'short', hourCycle: 'h23' }) })}</span>
                    {/* Held here or by a salesperson for the buyer: ordering it or financing it is one click away. */}
                    <span className="flex flex-wrap gap-4">
                      <Link href={`/checkout?vehicle=${encodeURIComponent(h.vehicleId)}`} className="font-medium underline" data-testid="account-order-held">{tn('order')}</Link>
                      <Link href={`/financing?${encodeConfiguration(h.car)}&b=stock&v=${encodeURIComponent(h.vehicleId)}`} className="underline">{ta('financeHeld')}</Link>
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="drives-title">
          <h2 id="drives-title" className="mb-3 text-xl font-semibold">{t('drives')}</h2>
          {drives.length === 0 ? <p className="text-slate-700">{t('noDrives')}</p> : null}
          {[{ key: 'upcoming', list: upcoming }, { key: 'past', list: past }].map(({ key, list }) => list.length === 0 ? null : (
            <div key={key} className="mb-3">
              <h3 className="font-medium">{t(key === 'upcoming' ? 'upcoming' : 'past')}</h3>
              <ul className="flex flex-col gap-1" data-testid={`drives-${key}`}>
                {list.map((d) => (
                  <li key={d.id}>
                    {format.dateTime(new Date(d.start), { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: d.dealership.timeZone })} · {modelName(d.modelCode)} · {d.dealership.name} · {d.reference}{' '}
                    {links.get(d.id) ? <a href={links.get(d.id)} className="underline">{t('manage')}</a> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <section aria-labelledby="orders-title">
          <h2 id="orders-title" className="mb-3 text-xl font-semibold">{t('orders')}</h2>
          {orders.length === 0 ? <p className="text-slate-700">{t('noOrders')}</p> : (
            <ul className="flex flex-col gap-1" data-testid="account-orders">
              {orders.map((o) => <li key={o.id}><Link href={`/orders/${o.id}`} className="underline">{o.reference}</Link> · {o.modelName[locale]} · {formatEuros(o.totalCents, locale)} · <span className="font-medium">{to(`status.${o.status}`)}</span></li>)}
            </ul>
          )}
        </section>

        <section aria-labelledby="conversations-title">
          <h2 id="conversations-title" className="mb-3 text-xl font-semibold">{t('conversations')}</h2>
          {conversations.length === 0 ? <p className="text-slate-700">{t('noConversations')}</p> : (
            <ul className="flex flex-col gap-2" data-testid="account-conversations">
              {conversations.map((c) => (
                <li key={c.id} className="text-sm">
                  <span className="font-medium">{format.dateTime(c.createdAt, 'short')}</span>
                  {' · '}
                  {t(`conversationStatus.${c.status}`)}
                  {c.advisorName ? ` · ${c.advisorName}` : ''}
                  {c.lastMessage ? <span className="block text-slate-600">{locale === 'fr' ? `« ${c.lastMessage} »` : `\u201c${c.lastMessage}\u201d`}</span> : null}
                  {c.status !== 'closed' ? <a href="?chat=open" className="underline">{t('continueConversation')}</a> : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="profile-title">
          <h2 id="profile-title" className="mb-3 text-xl font-semibold">{t('profile')}</h2>
          <Card className="flex flex-col gap-6">
            <ProfileForm profile={profile} dealerships={dealerships} suggested={suggested} />
            <SurveyPreference receives={!refusesSurveys} />
          </Card>
        </section>

        <section aria-labelledby="showroom-title">
          <h2 id="showroom-title" className="mb-1 text-xl font-semibold">{t('showroom')}</h2>
          <p className="mb-3 text-sm text-slate-700">{t('showroomLead')}</p>
          <Card className="flex flex-col gap-4">
            <ConsentCodeForm />
            {consents.length > 0 ? (
              <ul className="flex flex-col gap-2 text-sm" data-testid="consents">
                {consents.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2">
                    {t('consentLine', { dealership: dealershipName.get(c.dealershipId) ?? '—', date: c.grantedAt ? format.dateTime(c.grantedAt, 'short') : '—' })}
                    {c.revokedAt ? <span className="text-slate-600">{t('revoked')}</span> : (
                      <RevokeConsentButton id={c.id} label={t('revoke')} />
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        </section>

        <section aria-labelledby="data-title">
          <h2 id="data-title" className="mb-3 text-xl font-semibold">{t('data')}</h2>
          <Card className="flex flex-col gap-6">
            <p><a href="/api/account/export" download className="font-medium underline" data-testid="export-data">{t('export')}</a></p>
            <DeleteAccountForm />
          </Card>
        </section>
      </div>
    </Container>
  );
}
