'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { PriceBreakdown } from '../pricing';
import type { MonthlyEstimate, Configuration, Locale } from '../types';
import { formatEuros } from './money';
import { NextSteps } from './NextSteps';
import { PrintButton } from './PrintButton';
import { OrderButton } from './OrderButton';
import { SaveAndShare } from './SaveAndShare';
import { useKioskMode } from './kiosk-mode';

/** The server's breakdown, line by line, then save, share and print. */
export function Summary({ configuration, price, estimate, pending }: { configuration: Configuration; price: PriceBreakdown; estimate: MonthlyEstimate | null; pending: boolean }) {
  const t = useTranslations('configurator');
  const locale = useLocale() as Locale;
  const kiosk = useKioskMode();
  if (kiosk) {
    return (
      <div className="flex flex-col gap-6">
        <PriceLines price={price} locale={locale} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <PriceLines price={price} locale={locale} />
      {estimate ? <p className="text-slate-700">{t('price.monthly', { amount: formatEuros(estimate.monthlyPaymentCents, locale), months: estimate.durationMonths })}</p> : null}
      <OrderButton configuration={configuration} disabled={pending} />
      <NextSteps configuration={configuration} household={price.bonus.household} />
      <SaveAndShare configuration={configuration} disabled={pending} />
      <PrintButton label={t('print')} />
    </div>
  );
}

export function PriceLines({ price, locale }: { price: PriceBreakdown; locale: Locale }) {
  const t = useTranslations('configurator');
  const eur = (cents: number) => formatEuros(cents, locale);
  return (
    <table className="w-full text-left text-sm" data-testid="price-lines">
      <caption className="sr-only">{t('price.breakdown')}</caption>
      <tbody>
        {price.lines.map((line) => (
          <tr key={`${line.kind}-${line.code}`} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-4 font-normal">
              {line.label[locale]}
              {line.savingsCents ? <span className="block text-xs text-emerald-800">{t('savings', { amount: eur(line.savingsCents) })}</span> : null}
            </th>
            <td className="py-2 text-right tabular-nums">{eur(line.amountCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-2 pr-4">{t('price.vatIncluded', { vat: eur(price.vatCents), rate: price.vatRatePercent })}</th>
          <td />
        </tr>
        <tr className="text-base font-semibold">
          <th scope="row" className="py-2 pr-4">{t('price.total')}</th>
          <td className="py-2 text-right tabular-nums" data-testid="summary-total">{eur(price.totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
