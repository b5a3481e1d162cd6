import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import { groupByLocalDate, gridWindow, hourMarks, localTime, placeItem, type CalendarGrouping } from '../calendar';
import type { CalendarBlock, CalendarData, CalendarDrive } from '../calendar-data';
import { rangesOf, weekdayOfLocalDate } from '../hours';
import { statusTone, StatusBadge } from './status-badge';
import { withSiteDates } from '@/lib/i18n/format';

const rowOf = (drive: CalendarDrive, by: CalendarGrouping) => (by === 'car' ? drive.car.id : drive.staff.id);

/** One row per car or staff member; drives are placed along the day by their local time. */
export async function DayGrid({ data, date, by }: { data: CalendarData; date: string; by: CalendarGrouping }) {
  const t = await getTranslations('dealer.calendar');
  const tz = data.settings.timeZone;
  const items = [...data.drives.map((d) => ({ id: d.id, start: d.startAt, end: d.endAt })), ...data.blocks];
  const window = gridWindow(date, tz, rangesOf(data.settings.openingHours, weekdayOfLocalDate(date)), items);
  const marks = hourMarks(window);
  const rows = data.rows.filter((r) => r.active || data.drives.some((d) => rowOf(d, by) === r.id));
  // The region's name is read aloud: the day in words ("lundi 7 décembre 2026"), not "2026-12-07".
  const dayName = (withSiteDates(await getFormatter(), await getLocale())).dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'full', timeZone: tz });
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900" data-testid="calendar-day" tabIndex={0} role="region" aria-label={dayName}>
      <div className="min-w-[48rem]">
        <div className="grid grid-cols-[12rem_1fr] border-b border-slate-200 text-xs text-slate-700" aria-hidden="true">
          <div className="px-3 py-2 font-medium">{by === 'car' ? t('car') : t('staffMember')}</div>
          <div className="relative h-8">
            {marks.map((m) => (
              <span key={m.label} className="absolute top-2 -translate-x-1/2 first:translate-x-0" style={{ left: `${m.leftPct}%` }}>{m.label}</span>
            ))}
          </div>
        </div>
        <ul aria-label={by === 'car' ? t('rowsByCar') : t('rowsByStaff')}>
          {rows.map((row) => {
            const drives = data.drives.filter((d) => rowOf(d, by) === row.id);
            const blocks = data.blocks.filter((b) => b.rowId === row.id);
            return (
              <li key={row.id} className="grid grid-cols-[12rem_1fr] border-b border-slate-100 last:border-b-0" data-testid="calendar-row">
                <div className="px-3 py-2">
                  <p className="text-sm font-semibold text-slate-900">{row.label}</p>
                  <p className="text-xs text-slate-600">{by === 'car' ? row.detail : t(`roles.${row.detail}`)}</p>
                </div>
                <div className="relative min-h-14 bg-[linear-gradient(to_right,#e2e8f0_1px,transparent_1px)]" style={{ backgroundSize: `${100 / Math.max(1, marks.length)}% 100%` }}>
                  {blocks.map((block) => (
                    <BlockMark key={block.id} block={block} date={date} tz={tz} window={window} label={by === 'car' ? t('maintenance') : t('timeOff')} />
                  ))}
                  <ul>
                    {drives.map((drive) => {
                      const place = placeItem({ id: drive.id, start: drive.startAt, end: drive.endAt }, date, tz, window);
                      if (!place) return null;
                      const who = by === 'car' ? drive.staff.name : `${drive.car.plate}`;
                      return (
                        <li key={drive.id} className="absolute inset-y-1" style={{ left: `${place.leftPct}%`, width: `${place.widthPct}%` }}>
                          <Link
                            href={`/dealer/drives/${drive.id}`}
                            data-testid="calendar-drive"
                            title={`${place.startTime}–${place.endTime} · ${drive.driver.firstName} ${drive.driver.lastName} · ${who}`}
                            className={cx('flex h-full flex-col overflow-hidden rounded-md border px-1.5 py-0.5 text-xs leading-tight hover:ring-2 hover:ring-slate-400', statusTone[drive.status])}
                          >
                            <span className="font-semibold">{place.startTime}–{place.endTime}</span>
                            <span className="truncate">{drive.driver.lastName} · {who}</span>
                            <span className="sr-only">{drive.reference}</span>
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              </li>
            );
          })}
        </ul>
        {rows.length === 0 ? <p className="p-4 text-slate-700">{t('noRows')}</p> : null}
      </div>
    </div>
  );
}

function BlockMark({ block, date, tz, window, label }: { block: CalendarBlock; date: string; tz: string; window: { fromMinute: number; toMinute: number }; label: string }) {
  const place = placeItem(block, date, tz, window);
  if (!place) return null;
  return (
    <div
      className="absolute inset-y-0 bg-[repeating-linear-gradient(45deg,#cbd5e1_0,#cbd5e1_4px,transparent_4px,transparent_8px)]"
      style={{ left: `${place.leftPct}%`, width: `${place.widthPct}%` }}
      title={`${label} ${place.startTime}–${place.endTime}${block.reason ? ` · ${block.reason}` : ''}`}
    >
      <span className="sr-only">{label} {place.startTime}–{place.endTime}</span>
    </div>
  );
}

/** Seven days, each a list of its drives in time order. */
export async function WeekList({ data, dates, by }: { data: CalendarData; dates: string[]; by: CalendarGrouping }) {
  const t = await getTranslations('dealer.calendar');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const tz = data.settings.timeZone;
  const grouped = groupByLocalDate(data.drives.map((d) => ({ ...d, start: d.startAt, end: d.endAt })), dates, tz);
  return (
    <div className="grid gap-4" data-testid="calendar-week">
      {dates.map((date) => {
        const drives = grouped.get(date) ?? [];
        const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
        return (
          <section key={date} aria-labelledby={`day-${date}`} className="rounded-2xl border border-slate-200 bg-white p-4">
            <h3 id={`day-${date}`} className="mb-2 font-semibold first-letter:uppercase">
              {format.dateTime(new Date(Date.UTC(y, m - 1, d, 12)), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}
            </h3>
            {drives.length === 0 ? (
              <p className="text-sm text-slate-600">{t('noDrives')}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {drives.map((drive) => (
                  <li key={drive.id} className="py-2">
                    <Link href={`/dealer/drives/${drive.id}`} data-testid="calendar-drive" className="flex flex-wrap items-center gap-x-3 gap-y-1 hover:underline">
                      <span className="font-semibold tabular-nums">{localTime(drive.startAt, tz)}–{localTime(drive.endAt, tz)}</span>
                      <span>{drive.driver.firstName} {drive.driver.lastName}</span>
                      <span className="text-sm text-slate-700">{by === 'car' ? `${drive.car.plate} · ${drive.staff.name}` : `${drive.staff.name} · ${drive.car.plate}`}</span>
                      <span className="sr-only">{drive.reference}</span>
                      <StatusBadge status={drive.status} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
