import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Container, PageTitle } from '@/components/ui/page';
import { parseCalendarParams, visibleDates } from '@/modules/test-drives';
import { loadCalendar, dealerPage } from '@/modules/test-drives/server';
import { CalendarNav, DayGrid, WeekList, DealerNav } from '@/modules/test-drives/components';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('areas', 'dealerTitle');

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function DealerCalendarPage({ searchParams }: { searchParams: Search }) {
  const ctx = await dealerPage('/dealer');
  const t = await getTranslations('areas');
  const tc = await getTranslations('dealer.calendar');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = await getLocale();
  const now = new Date();
  const tz = ctx.settings.timeZone;
  const params = parseCalendarParams(await searchParams, now, tz);
  const data = await loadCalendar(ctx.dealershipId, ctx.settings, params, locale === 'en' ? 'en' : 'fr');
  const dates = visibleDates(params, tz);
  const noon = (date: string) => {
    const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d, 12));
  };
  const title =
    params.view === 'day'
      ? format.dateTime(noon(params.date), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      : tc('weekOf', { from: format.dateTime(noon(dates[0] ?? params.date), { day: 'numeric', month: 'long', timeZone: 'UTC' }), to: format.dateTime(noon(dates[6] ?? params.date), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) });
  return (
    <Container>
      <PageTitle title={t('dealerTitle')} lead={t('dealerLead')} />
      <DealerNav current="calendar" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <div className="mb-4 flex justify-end">
        <Button asChild size="sm">
          <Link href={`/dealer/drives/new?date=${params.date}`}>{tc('newDrive')}</Link>
        </Button>
      </div>
      <CalendarNav params={params} now={now} timeZone={tz} title={title} />
      <p className="mb-3 text-sm text-slate-600">{tc('timeZoneNote', { zone: tz })}</p>
      {params.view === 'day' ? <DayGrid data={data} date={params.date} by={params.by} /> : <WeekList data={data} dates={dates} by={params.by} />}
    </Container>
  );
}
