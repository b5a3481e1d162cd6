'use client';
import { useLocale, useTranslations } from 'next-intl';
import { CREDIT_WARNING } from '@/modules/finance/legal';
import type { PriceBreakdown } from '../pricing';
import type { MonthlyEstimate } from '../server/estimate';
import type { Locale } from '../types';
import { formatEuros, formatPercent } from './money';

/** The server's price for the configuration in the URL; dimmed while the next one is on its way. */
export function PricePanel({ price, estimate, pending }: { price: PriceBreakdown; estimate: MonthlyEstimate | null; pending: boolean }) {
  const t = useTranslations('configurator.price');
  const locale = useLocale() as Locale;
  const eur = (cents: number) => formatEuros(cents, locale);
  return (
    <section aria-labelledby="price-title" aria-busy={pending} data-testid="price-panel" data-pending={pending ? 'true' : 'false'} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="price-title" className="text-sm font-medium uppercase tracking-wide text-slate-600">{t('title')}</h2>
      <p className={`mt-1 text-3xl font-semibold tabular-nums transition-opacity ${pending ? 'opacity-50' : ''}`} data-testid="price-total" aria-live="polite">
        {eur(price.totalCents)}
      </p>
      {pending ? <p className="text-sm text-slate-600">{t('updating')}</p> : null}
      <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm text-slate-700">
        <dt>{t('vehicle')}</dt>
        <dd className="text-right tabular-nums">{eur(price.subtotalTTCCents)}</dd>
        {price.malusCents > 0 ? (
          <>
            <dt>{t('malus', { co2: price.co2 })}</dt>
            <dd className="text-right tabular-nums">{eur(price.malusCents)}</dd>
          </>
        ) : null}
        {price.bonusCents > 0 ? (
          <>
            <dt>{t('bonus')}</dt>
            <dd className="text-right tabular-nums">{eur(-price.bonusCents)}</dd>
          </>
        ) : null}
      </dl>
      {estimate ? (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <p className="text-lg font-medium" data-testid="monthly-estimate">
            {t('monthly', { amount: eur(estimate.monthlyPaymentCents), months: estimate.durationMonths })}
          </p>
          <details className="mt-1 text-xs text-slate-600">
            <summary className="cursor-pointer text-sm text-slate-700 underline">{t('example')}</summary>
            <p className="mt-2">
              {t('exampleText', {
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
              })}
            </p>
            <p className="mt-1 font-medium">{CREDIT_WARNING.text[locale]}</p>
          </details>
        </div>
      ) : null}
    </section>
  );
}
