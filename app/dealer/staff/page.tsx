import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { utcToLocalInput, formatDayHours, WEEKDAY_KEYS, type StoredWeek, type WeekdayKey } from '@/modules/test-drives';
import { DealerNav, AddBlockForm, RemoveBlockButton, StaffHoursForm } from '@/modules/test-drives/components';
import { dealerPage, listStaff } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('dealer.staff', 'title');

const weekText = (week: StoredWeek) => Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, formatDayHours(week[d])])) as Record<WeekdayKey, string>;

export default async function DealerStaffPage() {
  const ctx = await dealerPage('/dealer/staff');
  const t = await getTranslations('dealer.staff');
  const th = await getTranslations('dealer.hours');
  const roles = await getTranslations('dealer.calendar.roles');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const tz = ctx.settings.timeZone;
  const now = new Date();
  const staff = await listStaff(ctx.dealershipId, now);
  const span = (start: Date, end: Date) => format.dateTimeRange(start, end, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: tz });
  const day = utcToLocalInput(new Date(now.getTime() + 86_400_000), tz).slice(0, 10);
  return (
    <Container>
      <PageTitle title={t('title')} lead={ctx.isManager ? t('leadManager') : t('leadStaff')} />
      <DealerNav current="staff" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      {ctx.isManager ? (
        <Card className="mb-6">
          <AddBlockForm kind="timeOff" options={staff.map((s) => ({ id: s.id, label: s.name }))} defaultStart={`${day}T09:00`} defaultEnd={`${day}T18:00`} />
        </Card>
      ) : null}
      <ul className="grid gap-4" data-testid="staff-list">
        {staff.map((member) => (
          <li key={member.id}>
            <Card>
              <h2 className="text-lg font-semibold">{member.name}</h2>
              <p className="mb-3 text-sm text-slate-700">{roles(member.role)} · {member.email}{member.active ? '' : ` · ${t('inactive')}`}</p>
              {ctx.isManager ? (
                <StaffHoursForm staffId={member.id} name={member.name} hours={weekText(member.workingHours)} />
              ) : (
                <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
                  {WEEKDAY_KEYS.map((d) => (
                    <div key={d} className="contents">
                      <dt className="font-medium">{th(`days.${d}`)}</dt>
                      <dd>{formatDayHours(member.workingHours[d]) || th('closed')}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {member.timeOff.length > 0 ? (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">{t('timeOff')}</h3>
                  <ul className="mt-1 grid gap-2 text-sm">
                    {member.timeOff.map((o) => (
                      <li key={o.id} className="flex flex-wrap items-center gap-3">
                        <span>{span(o.startsAt, o.endsAt)}{o.reason ? ` · ${o.reason}` : ''}</span>
                        {ctx.isManager ? <RemoveBlockButton kind="timeOff" id={o.id} label={`${member.name} ${span(o.startsAt, o.endsAt)}`} /> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}
