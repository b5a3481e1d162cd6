import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { utcToLocalInput, modelName, trimName } from '@/modules/test-drives';
import { DealerNav, AddBlockForm, CarActiveToggle, RemoveBlockButton } from '@/modules/test-drives/components';
import { listFleet, dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('dealer.fleet', 'title');

export default async function DealerFleetPage() {
  const ctx = await dealerPage('/dealer/fleet');
  const t = await getTranslations('dealer.fleet');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const tz = ctx.settings.timeZone;
  const now = new Date();
  const cars = await listFleet(ctx.dealershipId, now);
  const span = (start: Date, end: Date) => format.dateTimeRange(start, end, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: tz });
  const tomorrow = new Date(now.getTime() + 86_400_000);
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <DealerNav current="fleet" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <Card className="mb-6">
        <AddBlockForm
          kind="maintenance"
          options={cars.filter((c) => !c.displayOnly).map((c) => ({ id: c.id, label: `${modelName(c.modelCode, lang)} · ${c.plate}` }))}
          defaultStart={`${utcToLocalInput(tomorrow, tz).slice(0, 10)}T09:00`}
          defaultEnd={`${utcToLocalInput(tomorrow, tz).slice(0, 10)}T12:00`}
        />
      </Card>
      <ul className="grid gap-3" data-testid="fleet-list">
        {cars.map((car) => {
          const label = `${modelName(car.modelCode, lang)} · ${car.plate}`;
          return (
            <li key={car.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <h2 className="font-semibold">{modelName(car.modelCode, lang)} <span className="font-normal text-slate-700">· {trimName(car.modelCode, car.trimCode, lang)}</span></h2>
                    <p className="text-sm text-slate-700">
                      {car.plate} · {car.displayOnly ? t('displayOnly') : car.active ? t('active') : t('inactive')}
                    </p>
                  </div>
                  {car.displayOnly ? null : <CarActiveToggle carId={car.id} active={car.active} label={label} />}
                </div>
                {car.maintenance.length > 0 ? (
                  <ul className="mt-3 grid gap-2" aria-label={t('maintenanceOf', { car: label })}>
                    {car.maintenance.map((m) => (
                      <li key={m.id} className="flex flex-wrap items-center gap-3 text-sm">
                        <span>{span(m.startsAt, m.endsAt)}{m.reason ? ` · ${m.reason}` : ''}</span>
                        <RemoveBlockButton kind="maintenance" id={m.id} label={`${label} ${span(m.startsAt, m.endsAt)}`} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </Container>
  );
}
