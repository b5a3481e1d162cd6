'use client';
import { useLocale, useTranslations } from 'next-intl';
import { CreditWarning } from '@/components/legal/credit-warning';
import type { PriceBreakdown } from '../pricing';
import type { Household, Locale, MonthlyEstimate } from '../types';

const HOUSEHOLD_CHOICES: readonly Household[] = ['standard', 'modest', 'precarious'];
import { formatPercent } from '@/lib/i18n/format';
import { formatEuros } from './money';

/** The server's price for the configuration in the URL; dimmed while the next one is on its way. */
export function PricePanel({ price, estimate, pending, onHousehold }: { price: PriceBreakdown; estimate: MonthlyEstimate | null; pending: boolean; onHousehold: (household: Household) => void }) {
  const t = useTranslations('configurator.price');
  const tf = useTranslations('fixes.estimate');
  const locale = useLocale() as Locale;
  const eur = (cents: number) => formatEuros(cents, locale);
  // `price` is already for the household the buyer chose (priceForHousehold, in the configurator).
  const household = price.bonus.household;
  const aidCents = price.bonusCents;
  const totalCents = price.totalCents;
  const exampleText = estimate
    ? t('exampleText', {
                  price: eur(estimate.priceCents),
                  deposit: eur(estimate.depositCents),
                  financed: eur(estimate.priceCents - estimate.depositCents),
                  months: estimate.durationMonths,
                  rate: formatPercent(estimate.nominalRatePct, locale),
                  taeg: formatPercent(estimate.taegPct, locale),
                  monthly: eur(estimate.monthlyPaymentCents),
                  fees: eur(estimate.feesCents),
                  cost: eur(estimate.totalCreditCostCents),
                  due: eur(estimate.totalDueCents),
                })
    : '';
  const taxLines = price.lines.filter((l) => l.kind === 'malus' || l.kind === 'malus-mass');
  return (
    <section aria-labelledby="price-title" aria-busy={pending} data-testid="price-panel" data-pending={pending ? 'true' : 'false'} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="price-title" className="text-sm font-medium uppercase tracking-wide text-slate-600">{t('title')}</h2>
      <p className={`mt-1 text-3xl font-semibold tabular-nums transition-opacity ${pending ? 'opacity-50' : ''}`} data-testid="price-total" aria-live="polite">
        {eur(totalCents)}
      </p>
      {pending ? <p className="text-sm text-slate-600">{t('updating')}</p> : null}
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm text-slate-700">
        <dt>{t('vehicle')}</dt>
        <dd className="text-right tabular-nums">{eur(price.subtotalTTCCents)}</dd>
        {taxLines.map((line) => (
          <div key={line.code} className="contents" data-testid={`price-line-${line.kind}`}>
            <dt>{line.label[locale]}</dt>
            <dd className="text-right tabular-nums">{eur(line.amountCents)}</dd>
          </div>
        ))}
        {price.bonus.eligible ? (
          <div className="contents" data-testid="price-line-bonus">
            <dt>{t('aidEstimate')}</dt>
            <dd className="text-right tabular-nums">{eur(-aidCents)}</dd>
          </div>
        ) : null}
      </dl>
      {price.bonus.eligible ? (
        <div className="mt-2 text-xs text-slate-600">
          <label className="flex flex-wrap items-center gap-2">
            <span>{t('household')}</span>
            <select className="rounded border border-slate-300 px-1 py-0.5" value={household} onChange={(e) => onHousehold(HOUSEHOLD_CHOICES.find((h) => h === e.target.value) ?? 'standard')} data-testid="household">
              {HOUSEHOLD_CHOICES.map((h) => <option key={h} value={h}>{t(`households.${h}`)}</option>)}
            </select>
          </label>
          <p className="mt-1">{t('aidNote')}</p>
        </div>
      ) : null}
      {estimate ? (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <p className="text-lg font-medium" data-testid="monthly-estimate">
            {t('monthly', { amount: eur(estimate.monthlyPaymentCents), months: estimate.durationMonths })}
          </p>
          <p className="text-sm text-slate-700" data-testid="monthly-terms">
            {tf('terms', { deposit: eur(estimate.depositCents), months: estimate.durationMonths, taeg: formatPercent(estimate.taegPct, locale) })}
          </p>
          <details className="mt-1 text-xs text-slate-600 print:hidden">
            <summary className="cursor-pointer text-sm text-slate-700 underline">{t('example')}</summary>
            <p className="mt-2">
              {exampleText}
            </p>
          </details>
          {/* Printed, the collapsed example would be lost: the legal text is printed in full. */}
          <p className="mt-1 hidden text-xs text-slate-700 print:block" data-testid="monthly-example-print">
            {exampleText}
          </p>
          <CreditWarning text={estimate.creditWarning} locale={locale} className="mt-2" />
        </div>
      ) : null}
    </section>
  );
}
