import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { AdvisorConsole, AdvisorLimits } from '@/modules/chat/components';
import { advisorLimits, listAdvisors, recentRatings } from '@/modules/chat/server';
import { checkoutDealerships } from '@/modules/orders/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('areas', 'advisorTitle');

export const dynamic = 'force-dynamic';

export default async function AdvisorHome() {
  const viewer = await requirePageRole(['advisor', 'admin'], '/advisor');
  const t = await getTranslations('areas');
  const tc = await getTranslations('chat');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const [advisors, ratings, dealerships, limits] = await Promise.all([listAdvisors(viewer), recentRatings(viewer), checkoutDealerships(), advisorLimits(viewer)]);
  return (
    <Container>
      <PageTitle title={t('advisorTitle')} lead={t('advisorLead')} />
      <AdvisorConsole me={{ id: viewer.id, name: viewer.name }} advisors={advisors} dealerships={dealerships} />
      {viewer.role === 'admin' ? (
        <section className="mt-8" aria-labelledby="limits">
          <h2 id="limits" className="text-lg font-semibold">{tc('limitsTitle')}</h2>
          <p className="text-sm text-slate-600">{tc('limitsLead')}</p>
          <AdvisorLimits advisors={limits} />
        </section>
      ) : null}
      {viewer.role === 'admin' ? (
        <section className="mt-8" aria-labelledby="ratings">
          <h2 id="ratings" className="text-lg font-semibold">{tc('ratingsTitle')}</h2>
          {ratings.length === 0 ? <p className="text-sm text-slate-500">{tc('ratingsEmpty')}</p> : null}
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="csat-list">
            {ratings.map((r) => (
              <li key={r.id} className="py-2">
                <strong>{r.score}/5</strong> · {r.advisorName ?? '—'} · {r.buyerName || tc('guest')} · {r.closedAt ? format.dateTime(new Date(r.closedAt), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' }) : ''} · {tc('messageCount', { count: r.messages })}
                {r.comment ? <p className="text-slate-700">« {r.comment} »</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Container>
  );
}
