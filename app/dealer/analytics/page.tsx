import { getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { catalogue } from '@/modules/catalog';
import { analyticsPeriod, ZAnalyticsQuery } from '@/modules/journey';
import { AnalyticsDashboard } from '@/modules/journey/components';
import { dashboardData } from '@/modules/journey/server';
import { SatisfactionReport } from '@/modules/surveys/components';
import { satisfactionReport } from '@/modules/surveys/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('continuity.analytics', 'dealerTitle');

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The dealership's own funnel: its events only, whatever the URL says. */
export default async function DealerAnalyticsPage({ searchParams }: { searchParams: Search }) {
  const ctx = await dealerPage('/dealer/analytics');
  const t = await getTranslations('continuity.analytics');
  const locale = (await getLocale()) as Locale;
  const query = ZAnalyticsQuery.parse(await searchParams);
  const period = analyticsPeriod(query, new Date());
  const filter = { dealershipId: ctx.dealershipId, modelCode: query.model, from: period.from, to: period.to };
  const [data, satisfaction] = await Promise.all([dashboardData(filter), satisfactionReport(filter)]);
  return (
    <Container>
      <PageTitle title={t('dealerTitle')} lead={ctx.settings.name} />
      <DealerNav current="analytics" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <AnalyticsDashboard basePath="/dealer/analytics" {...data} query={{ fromDay: period.fromDay, toDay: period.toDay, model: query.model ?? '' }} models={catalogue.models.map((m) => ({ code: m.code, name: m.name[locale] }))} />
      <div className="mt-10">
        <SatisfactionReport {...satisfaction} dealershipName={() => ctx.settings.name} modelName={(code) => catalogue.models.find((m) => m.code === code)?.name[locale] ?? code} />
      </div>
    </Container>
  );
}
