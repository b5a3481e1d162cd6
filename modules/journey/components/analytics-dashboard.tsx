import { getTranslations } from 'next-intl/server';
import { buildFunnel, channelMix, type StepChannelCount } from '../funnel';
import type { CohortMeasures } from '../server/analytics';
import { AnalyticsCharts } from './analytics-charts';

type Props = {
  /** where the filter form and the CSV link point */
  basePath: string;
  counts: readonly StepChannelCount[];
  paths: ReadonlyArray<{ path: string; customers: number }>;
  drives: { drivers: number; ordered: number };
  times: CohortMeasures;
  query: { fromDay: string; toDay: string; model: string; dealership?: string };
  models: ReadonlyArray<{ code: string; name: string }>;
  dealerships?: ReadonlyArray<{ id: string; name: string }>;
};

const days = (x: number | null, format: (n: number) => string) => (x === null ? '—' : format(Math.round(x * 10) / 10));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`);

/** The funnel dashboard (dealer or admin): filters, charts, conversion table, paths, CSV export. */
export async function AnalyticsDashboard({ basePath, counts, paths, drives, times, query, models, dealerships }: Props) {
  const t = await getTranslations('continuity.analytics');
  const steps = await getTranslations('continuity.steps');
  const channels = await getTranslations('continuity.channels');
  const funnel = buildFunnel(counts, times.cohort);
  const mix = channelMix(counts);
  const csv = new URLSearchParams({ from: query.fromDay, to: query.toDay, ...(query.model ? { model: query.model } : {}), ...(query.dealership ? { dealership: query.dealership } : {}) });
  return (
    <div className="flex flex-col gap-8">
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3" data-testid="analytics-filters">
        <label className="flex flex-col text-sm">{t('from')}<input type="date" name="from" defaultValue={query.fromDay} className="rounded border border-slate-300 px-2 py-1" /></label>
        <label className="flex flex-col text-sm">{t('to')}<input type="date" name="to" defaultValue={query.toDay} className="rounded border border-slate-300 px-2 py-1" /></label>
        <label className="flex flex-col text-sm">{t('model')}
          <select name="model" defaultValue={query.model} className="rounded border border-slate-300 px-2 py-1">
            <option value="">{t('allModels')}</option>
            {models.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
          </select>
        </label>
        {dealerships ? (
          <label className="flex flex-col text-sm">{t('dealership')}
            <select name="dealership" defaultValue={query.dealership ?? ''} className="rounded border border-slate-300 px-2 py-1">
              <option value="">{t('allDealerships')}</option>
              {dealerships.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
        ) : null}
        <button type="submit" className="rounded-lg bg-slate-900 px-4 py-2 text-white">{t('apply')}</button>
        <a href={`/api/analytics/csv?${csv.toString()}`} className="underline" data-testid="analytics-csv">{t('csv')}</a>
      </form>
      <AnalyticsCharts funnel={funnel} mix={mix} />
      {/* On a phone the six columns scroll inside their box, not the whole page. */}
      {/* Focusable so that a keyboard can scroll it too. */}
      <div className="overflow-x-auto" role="region" aria-label={t('funnel')} tabIndex={0}>
        <table className="w-full text-left text-sm" data-testid="funnel-table">
          <caption className="mb-2 text-left text-lg font-semibold">{t('funnel')}</caption>
          <thead><tr><th scope="col">{t('step')}</th><th scope="col">{t('customers')}</th><th scope="col">{t('conversion')}</th><th scope="col">{t('dropOff')}</th><th scope="col">{t('events')}</th><th scope="col">{t('byChannel')}</th></tr></thead>
          <tbody>
            {funnel.map((f) => (
              <tr key={f.step} className="border-t border-slate-100" data-step={f.step}>
                <th scope="row" className="py-1 font-normal">{steps(f.step)}</th>
                <td className="tabular-nums"><span data-testid={`customers-${f.step}`}>{f.customers}</span>{f.cohortShare === null ? null : <span className="ml-1 text-slate-600">({pct(f.cohortShare)})</span>}</td>
                <td className="tabular-nums">{pct(f.conversion)}</td>
                <td className="tabular-nums">{pct(f.dropOff)}</td>
                <td className="tabular-nums" data-testid={`funnel-${f.step}`}>{f.events}</td>
                <td>{Object.entries(f.byChannel).map(([c, n]) => <span key={c} className="mr-2" data-testid={`funnel-${f.step}-${c}`}>{channels(c)} {n}</span>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="-mt-6 text-sm text-slate-600" data-testid="cohort-size">{t('cohortSize', { customers: times.cohort.customers })}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('paths')}</h2>
          {paths.length === 0 ? <p className="text-slate-600">{t('noData')}</p> : (
            <ul className="text-sm">{paths.map((p) => <li key={p.path}>{p.path.split(' > ').map((c) => channels(c)).join(' → ')} : {p.customers}</li>)}</ul>
          )}
        </section>
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('driveToOrder')}</h2>
          <p className="text-sm" data-testid="drive-to-order">{t('driveToOrderLine', { drivers: drives.drivers, ordered: drives.ordered, rate: pct(drives.drivers ? drives.ordered / drives.drivers : null) })}</p>
        </section>
        <section className="md:col-span-2">
          <h2 className="mb-2 text-lg font-semibold">{t('timeBetweenSteps')}</h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="time-between-steps">
            {([['configureToDrive', times.configureToDrive], ['driveToOrder', times.driveToOrder], ['configureToOrder', times.configureToOrder]] as const).map(([key, value]) => (
              <div key={key} className="rounded-lg border border-slate-200 p-3">
                <dt className="text-slate-600">{t(`times.${key}`)}</dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid={`time-${key}`}>{days(value, (n) => t('medianDays', { days: n }))}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-sm text-slate-600">{t('cohortNote')}</p>
        </section>
      </div>
    </div>
  );
}
