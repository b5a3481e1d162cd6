import { getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { requirePageRole } from '@/lib/session';
import { catalogue } from '@/modules/catalog';
import { dealershipChoices } from '@/modules/customers/server';
import { analyticsPeriod, ZAnalyticsQuery } from '@/modules/journey';
import { AnalyticsDashboard } from '@/modules/journey/components';
import { dashboardData } from '@/modules/journey/server';
import { SatisfactionReport } from '@/modules/surveys/components';
import { satisfactionReport } from '@/modules/surveys/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('continuity.analytics', 'adminTitle');

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The whole network's funnel, filterable by dealership, model and period. */
export default async function AdminAnalyticsPage({ searchParams }: { searchParams: Search }) {
  await requirePageRole(['admin'], '/admin/analytics');
  const t = await getTranslations('continuity.analytics');
  const locale = (await getLocale()) as Locale;
  const query = ZAnalyticsQuery.parse(await searchParams);
  const period = analyticsPeriod(query, new Date());
  const filter = { dealershipId: query.dealership || null, modelCode: query.model, from: period.from, to: period.to };
  const [data, dealerships, satisfaction] = await Promise.all([dashboardData(filter), dealershipChoices(), satisfactionReport(filter)]);
  const dealershipName = new Map(dealerships.map((d) => [d.id, d.name]));
  return (
    <Container>
      <PageTitle title={t('adminTitle')} />
      <AnalyticsDashboard
        basePath="/admin/analytics"
        {...data}
        query={{ fromDay: period.fromDay, toDay: period.toDay, model: query.model ?? '', dealership: query.dealership ?? '' }}
        models={catalogue.models.map((m) => ({ code: m.code, name: m.name[locale] }))}
        dealerships={dealerships}
      />
      <div className="mt-10">
        <SatisfactionReport {...satisfaction} dealershipName={(id) => dealershipName.get(id) ?? null} modelName={(code) => catalogue.models.find((m) => m.code === code)?.name[locale] ?? code} />
      </div>
    </Container>
  );
}
