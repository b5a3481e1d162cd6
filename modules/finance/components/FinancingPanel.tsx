'use client';
import { useEffect, useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Configuration, Household } from '@/modules/catalog';
import { OrderButton } from '@/modules/catalog/components';
import { quoteFinancingAction, saveSimulationAction } from '../server/actions';
import type { FinancingResult } from '../server/financing';
import { CreditWarning } from './CreditWarning';
import { latestOnly } from './latest-only';
import { OffersTable } from './OffersTable';
import { PaidOverTimeChart } from './PaidOverTimeChart';
import { PriceSummary } from './PriceSummary';
import { termsToParams } from './terms-params';

const DURATIONS = [24, 36, 48, 60] as const;
const MILEAGES = [10_000, 15_000, 20_000, 25_000] as const;
const DEPOSIT_STEP = 50_000;

type Terms = { cashDepositCents: number; durationMonths: number; annualMileageKm: number; productIds: string[]; household: Household; basis: 'stock' | 'factory-order' };
type TradeIn = { make: string; model: string; year: number; mileageKm: number };
type Wish = { terms: Terms; tradeIn: TradeIn | null; useTradeIn: boolean };

const indexOf = (steps: readonly number[], value: number) => Math.max(0, steps.findIndex((s) => s >= value));

/** A stock car of this exact configuration the buyer came from or holds: ordering it is offered too. */
type StockCar = { id: string; vin: string; dealershipName: string };

export function FinancingPanel({ initial, configuration, configParams, initialTerms, stockCar = null }: { initial: FinancingResult; configuration: Configuration; configParams: string; initialTerms: Terms; stockCar?: StockCar | null }) {
  const t = useTranslations('financing');
  const tt = useTranslations('fixes.tradeIn');
  const to = useTranslations('orders.carried');
  const ts = useTranslations('financingSimulations');
  const format = useFormatter();
  const locale = useLocale() === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const [terms, setTerms] = useState<Terms>(initialTerms);
  const [tradeIn, setTradeIn] = useState<TradeIn | null>(null);
  const [useTradeIn, setUseTradeIn] = useState(false);
  const [result, setResult] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  // Slider events come faster than the server answers: only the latest wish is sent when free.
  // A failed call (thrown, or refused) shows a message and leaves the panel usable.
  const [send] = useState(() =>
    latestOnly((wish: Wish) => quoteFinancingAction({ configuration, ...wish.terms, ...(wish.tradeIn ? { tradeIn: wish.tradeIn } : {}), useTradeIn: wish.useTradeIn }), {
      busy: setBusy,
      result: (response) => {
        if (response.ok) {
          setResult(response.data);
          setError(null);
        } else setError(response.error.message || t('errorRetry'));
      },
      failure: () => setError(t('errorRetry')),
    }),
  );

  function update(next: Partial<Terms>, nextTradeIn: TradeIn | null = tradeIn, nextUse = useTradeIn) {
    const merged = { ...terms, ...next };
    setTerms(merged);
    void send({ terms: merged, tradeIn: nextTradeIn, useTradeIn: nextUse });
  }

  function toggleProduct(id: string, checked: boolean) {
    const ids = checked ? [...terms.productIds, id].slice(0, 3) : terms.productIds.filter((x) => x !== id);
    if (ids.length > 0) update({ productIds: ids });
  }

  function estimate(form: FormData) {
    const value = { make: textOf(form.get('make')), model: textOf(form.get('model')), year: Number(form.get('year')), mileageKm: Number(form.get('mileage')) };
    setTradeIn(value);
    update({}, value, useTradeIn);
  }

  const durationIndex = indexOf(DURATIONS, terms.durationMonths);
  const mileageIndex = indexOf(MILEAGES, terms.annualMileageKm);
  const okColumns = result.columns.filter((c) => c.ok);
  const termsQuery = termsToParams({ ...terms, tradeIn: tradeIn ?? undefined, useTradeIn });
  // Why the trade-in could not be estimated, said next to the field concerned.
  const tradeInErrors: Record<string, string> = {};
  if (tradeIn) {
    for (const error of result.tradeInErrors) {
      const field = error.path.split('.').at(-1) ?? '';
      const text = error.code === 'VEHICLE_NOT_IN_REFERENCE' ? tt('VEHICLE_NOT_IN_REFERENCE', { make: tradeIn.make }) : error.code === 'YEAR_IN_FUTURE' ? tt('YEAR_IN_FUTURE', { maxYear: String(error.params?.maxYear ?? '') }) : tt('invalid');
      tradeInErrors[field] ??= text;
    }
  }
  const pdfHref = `/api/finance/summary?${configParams}&${termsQuery}`;
  // The URL follows the sliders and choices (replaceState: no history entry per step), so a
  // reload, a shared link or the back button from the next page keeps them.
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}?${configParams}&${termsQuery}${stockCar ? `&v=${encodeURIComponent(stockCar.id)}` : ''}`);
  }, [configParams, termsQuery, stockCar]);
  const hasCreditWarning = result.legal.some((m) => m.display === 'prominent');

  return (
    // minmax(0, 1fr) columns: the wide offers table scrolls in its own box instead of widening the
    // page (the slider panel was 592 px wide on a 390 px phone).
    <div className="grid min-w-0 grid-cols-1 gap-10">
      <section aria-label={t('title')} className="grid min-w-0 grid-cols-1 gap-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-3">
        <Slider id="deposit" label={t('deposit')} value={terms.cashDepositCents} min={0} max={result.maxDepositCents} step={DEPOSIT_STEP} text={eur(terms.cashDepositCents)} onChange={(v) => update({ cashDepositCents: v })} />
        <Slider id="duration" label={t('duration')} value={durationIndex} min={0} max={DURATIONS.length - 1} step={1} text={t('months', { count: DURATIONS[durationIndex] ?? 48 })} onChange={(i) => update({ durationMonths: DURATIONS[i] ?? 48 })} />
        <Slider id="mileage" label={t('mileage')} value={mileageIndex} min={0} max={MILEAGES.length - 1} step={1} text={t('km', { count: format.number(MILEAGES[mileageIndex] ?? 15_000) })} onChange={(i) => update({ annualMileageKm: MILEAGES[i] ?? 15_000 })} />
        <fieldset className="md:col-span-3">
          <legend className="text-sm font-medium text-slate-800">{t('products')}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {result.products.filter((p) => p.eligible).map((p) => {
              const checked = terms.productIds.includes(p.id);
              return (
                <label key={p.id} className="flex items-center gap-2">
                  <input type="checkbox" checked={checked} disabled={!checked && terms.productIds.length >= 3} onChange={(e) => toggleProduct(p.id, e.target.checked)} />
                  {p.name[locale]}
                </label>
              );
            })}
          </div>
        </fieldset>
        <p aria-live="polite" className="text-sm text-slate-600 md:col-span-3">{busy ? t('updating') : ''}</p>
        {error ? <p role="alert" className="text-sm text-red-700 md:col-span-3">{error}</p> : null}
      </section>

      <PriceSummary price={result.price} locale={locale} household={terms.household} onHousehold={(household) => update({ household })} />

      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="mb-4 text-2xl font-semibold">{t('compareTitle')}</h2>
        {hasCreditWarning ? <CreditWarning locale={locale} className="mb-4" /> : null}
        <OffersTable result={result} />
        {stockCar ? (
          // The same terms carried to the stock car's checkout, which recomputes them for that car.
          <div className="mt-4 flex flex-col gap-2" data-testid="order-stock-with-financing">
            <p className="text-sm text-slate-700">{to(terms.basis === 'stock' ? 'stockLeadHeld' : 'stockLead', { vin: stockCar.vin, dealership: stockCar.dealershipName })}</p>
            {terms.basis !== 'stock' ? <p className="text-xs text-slate-600">{to('stockRecomputed')}</p> : null}
            <div className="flex flex-wrap gap-3">
              {okColumns.map((c) =>
                c.ok && c.offer.kind !== 'cash' ? (
                  <a
                    key={c.productId}
                    href={`/checkout?vehicle=${encodeURIComponent(stockCar.id)}&${termsQuery}&fp=${encodeURIComponent(c.productId)}`}
                    aria-disabled={busy}
                    className={`inline-flex rounded-lg bg-emerald-700 px-4 py-2.5 font-medium text-white hover:bg-emerald-800 ${busy ? 'pointer-events-none opacity-60' : ''}`}
                    data-testid={`order-stock-with-${c.productId}`}
                  >
                    {to('orderStockWith', { name: c.name[locale] })}
                  </a>
                ) : null,
              )}
            </div>
          </div>
        ) : null}
        {/* Checkout recomputes the chosen offer from these terms (the product named by fp); the monthly figure is the same.
            Financing a held stock car, that car's order comes first; these then order a new one from the factory, said so. */}
        <div className="mt-4 flex flex-wrap gap-3" data-testid="order-with-financing">
          {okColumns.map((c) =>
            c.ok && c.offer.kind !== 'cash' ? (
              <OrderButton key={c.productId} configuration={configuration} disabled={busy} query={`${termsQuery}&fp=${encodeURIComponent(c.productId)}`} label={stockCar ? to('orderFactoryWith', { name: c.name[locale] }) : to('orderWith', { name: c.name[locale] })} testId={`order-with-${c.productId}`} />
            ) : null,
          )}
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <a href={pdfHref} download className="inline-flex rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">{t('pdf')}</a>
          <button
            type="button"
            disabled={saved === 'saving'}
            onClick={() => {
              setSaved('saving');
              void saveSimulationAction(`${configParams}&${termsQuery}`).then(
                (r) => setSaved(r.ok ? 'saved' : 'failed'),
                () => setSaved('failed'),
              );
            }}
            className="inline-flex rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50"
            data-testid="save-simulation"
          >
            {ts('save')}
          </button>
          <span role="status" className="self-center text-sm">{saved === 'saved' ? ts('saved') : saved === 'failed' ? <span className="text-red-700">{ts('failed')}</span> : ''}</span>
          {okColumns.map((c) =>
            c.ok && (c.offer.kind === 'credit' || c.offer.kind === 'loa') ? (
              <a key={c.productId} href={`/api/finance/fipen?offer=${c.productId}&${configParams}&${termsQuery}`} download className="inline-flex rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50" data-testid={`fipen-${c.productId}`}>
                {t('fipen', { name: c.name[locale] })}
              </a>
            ) : null,
          )}
        </div>
      </section>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title" className="text-2xl font-semibold">{t('chartTitle')}</h2>
        <p className="mb-4 text-sm text-slate-600">{t('chartDescription')}</p>
        <PaidOverTimeChart points={result.chart} names={okColumns.map((c) => c.name[locale])} monthLabel={(m) => t('chartMonth', { month: m })} formatEuros={eur} title={t('chartTitle')} />
      </section>

      <section aria-labelledby="trade-in-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="trade-in-title" className="mb-4 text-2xl font-semibold">{t('tradeInTitle')}</h2>
        <form action={estimate} className="flex flex-wrap items-end gap-3">
          <TextField name="make" label={t('tradeInMake')} error={tradeInErrors.make} />
          <TextField name="model" label={t('tradeInModel')} error={tradeInErrors.model} />
          <TextField name="year" label={t('tradeInYear')} type="number" min={1990} max={2030} error={tradeInErrors.year} />
          <TextField name="mileage" label={t('tradeInMileage')} type="number" min={0} max={1_000_000} error={tradeInErrors.mileageKm} />
          <button type="submit" className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">{t('tradeInEstimate')}</button>
        </form>
        {result.tradeIn ? (
          <div className="mt-4" data-testid="trade-in-estimate">
            <p className="font-medium">{t('tradeInResult', { amount: eur(result.tradeIn.estimateCents), low: eur(result.tradeIn.lowCents), high: eur(result.tradeIn.highCents) })}</p>
            <p className="text-sm text-slate-600">{result.tradeIn.disclaimer.text[locale]}</p>
            <label className="mt-2 flex items-center gap-2">
              <input type="checkbox" checked={useTradeIn} onChange={(e) => { setUseTradeIn(e.target.checked); update({}, tradeIn, e.target.checked); }} />
              {t('tradeInUse')}
            </label>
          </div>
        ) : tradeIn && Object.keys(tradeInErrors).length === 0 ? (
          <p role="alert" className="mt-4 text-sm text-red-700">{t('tradeInUnknown')}</p>
        ) : null}
      </section>

      <section aria-labelledby="legal-title" className="text-sm text-slate-700">
        <h2 id="representative-title" className="text-lg font-semibold">{t('representativeTitle')}</h2>
        <ul className="mb-4 mt-2 grid gap-2" data-testid="representative-examples">
          {okColumns.map((c) => (c.ok && c.representativeExample ? <li key={c.productId}><strong>{c.name[locale]}{locale === 'fr' ? ' :' : ':'}</strong> {c.representativeExample[locale]}</li> : null))}
        </ul>
        <h2 id="legal-title" className="text-lg font-semibold">{t('legalTitle')}</h2>
        <ul className="mt-2 grid gap-1" data-testid="legal-mentions">
          {result.legal.filter((m) => m.display !== 'prominent').map((m) => (
            <li key={m.id} className={m.wording === 'prescribed' ? 'font-semibold' : undefined} lang={m.wording === 'prescribed' && locale !== 'fr' ? 'fr' : undefined}>
              {m.wording === 'prescribed' && locale !== 'fr' ? m.text.fr : m.text[locale]}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Slider({ id, label, value, min, max, step, text, onChange }: { id: string; label: string; value: number; min: number; max: number; step: number; text: string; onChange: (value: number) => void }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex justify-between text-sm font-medium text-slate-800">
        <span>{label}</span>
        <output htmlFor={id} data-testid={`${id}-value`}>{text}</output>
      </label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={text} onChange={(e) => onChange(Number(e.target.value))} />
    </div>
  );
}

function TextField({ name, label, error, ...props }: { name: string; label: string; error?: string; type?: string; min?: number; max?: number }) {
  const id = `trade-in-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">{label}</label>
      <input id={id} name={name} required aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className="w-36 rounded-lg border border-slate-300 px-3 py-2" {...props} />
      {error ? <p id={`${id}-error`} role="alert" className="max-w-xs text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

/** A text field's value ('' when absent; FormData may also hold files). */
function textOf(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : '';
}
