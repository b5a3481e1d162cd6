import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import { calendarHref, navigationDates, type CalendarParams } from '../calendar';

const pill = 'rounded-lg border px-3 py-1.5 text-sm font-medium';
const on = 'border-slate-900 bg-slate-900 text-white';
const off = 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50';

/** Prev / today / next and the view switches, all plain links (the calendar lives in the URL). */
export async function CalendarNav({ params, now, timeZone, title }: { params: CalendarParams; now: Date; timeZone: string; title: string }) {
  const t = await getTranslations('dealer.calendar');
  const dates = navigationDates(params, now, timeZone);
  const href = (change: Partial<CalendarParams>) => calendarHref('/dealer', { ...params, ...change });
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label={t('navigation')} className="flex gap-1">
          <Link href={href({ date: dates.prev })} className={cx(pill, off)} rel="prev">
            <span aria-hidden="true">←</span> {params.view === 'day' ? t('prevDay') : t('prevWeek')}
          </Link>
          <Link href={href({ date: dates.today })} className={cx(pill, off)}>{t('today')}</Link>
          <Link href={href({ date: dates.next })} className={cx(pill, off)} rel="next">
            {params.view === 'day' ? t('nextDay') : t('nextWeek')} <span aria-hidden="true">→</span>
          </Link>
        </nav>
        <h2 className="text-xl font-semibold first-letter:uppercase" data-testid="calendar-title" aria-live="polite">{title}</h2>
      </div>
      <div className="flex flex-wrap gap-3">
        <nav aria-label={t('viewLabel')} className="flex gap-1">
          <Link href={href({ view: 'day' })} aria-current={params.view === 'day' ? 'page' : undefined} className={cx(pill, params.view === 'day' ? on : off)}>{t('day')}</Link>
          <Link href={href({ view: 'week' })} aria-current={params.view === 'week' ? 'page' : undefined} className={cx(pill, params.view === 'week' ? on : off)}>{t('week')}</Link>
        </nav>
        <nav aria-label={t('byLabel')} className="flex gap-1">
          <Link href={href({ by: 'car' })} aria-current={params.by === 'car' ? 'page' : undefined} className={cx(pill, params.by === 'car' ? on : off)}>{t('byCar')}</Link>
          <Link href={href({ by: 'staff' })} aria-current={params.by === 'staff' ? 'page' : undefined} className={cx(pill, params.by === 'staff' ? on : off)}>{t('byStaff')}</Link>
        </nav>
      </div>
    </div>
  );
}
