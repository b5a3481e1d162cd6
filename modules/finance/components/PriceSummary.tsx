'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { Household, PriceBreakdown } from '@/modules/catalog';

const HOUSEHOLD_CHOICES: readonly Household[] = ['standard', 'modest', 'precarious'];

/** The price being financed: vehicle, registration taxes with their grid year and date, the aid for the buyer's household. */
export function PriceSummary({ price, locale, household, onHousehold }: { price: PriceBreakdown; locale: 'fr' | 'en'; household: Household; onHousehold: (h: Household) => void }) {
  const t = useTranslations('financing');
  const tp = useTranslations('configurator.price');
  const format = useFormatter();
  const eur = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const lines = price.lines.filter((l) => l.kind === 'malus' || l.kind === 'malus-mass' || l.kind === 'bonus');
  return (
    <section aria-labelledby="price-summary-title" className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="financed-price">
      <h2 id="price-summary-title" className="text-lg font-semibold">{t('priceTitle')}</h2>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt>{tp('vehicle')}</dt>
        <dd className="text-right tabular-nums">{eur(price.subtotalTTCCents)}</dd>
        {lines.map((line) => (
          <div key={line.code} className="contents" data-testid={`financed-line-${line.kind}`}>
            <dt>{line.label[locale]}</dt>
            <dd className="text-right tabular-nums">{eur(line.amountCents)}</dd>
          </div>
        ))}
        <dt className="font-semibold">{t('priceTotal')}</dt>
        <dd className="text-right font-semibold tabular-nums">{eur(price.totalCents)}</dd>
      </dl>
      {price.bonus.byHousehold.precarious > 0 ? (
        <label className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span>{tp('household')}</span>
          <select className="rounded border border-slate-300 px-1 py-0.5" value={household} onChange={(e) => onHousehold(HOUSEHOLD_CHOICES.find((h) => h === e.target.value) ?? 'standard')} data-testid="financing-household">
            {HOUSEHOLD_CHOICES.map((h) => <option key={h} value={h}>{tp(`households.${h}`)}</option>)}
          </select>
        </label>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">{price.bonus.note[locale]}</p>
    </section>
  );
}
