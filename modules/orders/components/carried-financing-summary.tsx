import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Household } from '@/modules/catalog';
import type { OrderSnapshot } from '../snapshot';
import { formatPercent } from '@/lib/i18n/format';

/** The financing chosen on /financing, as the server recomputed it (checkout) or as it was agreed (order). */
export async function CarriedFinancingSummary({ financing, adjusted = false, household }: { financing: OrderSnapshot['financing']; adjusted?: boolean; household?: Household | undefined }) {
  const t = await getTranslations('orders.carried');
  const tp = await getTranslations('configurator.price');
  const format = await getFormatter();
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  if (!financing.productName || financing.monthlyPaymentCents === null) return null;
  const rows: [string, string][] = [
    [t('product'), financing.productName[lang]],
    [t('monthly'), eur(financing.monthlyPaymentCents)],
  ];
  if (financing.durationMonths !== null) rows.push([t('duration'), t('months', { count: financing.durationMonths })]);
  if (financing.cashDepositCents !== undefined && financing.cashDepositCents !== null) rows.push([t('downPayment'), eur(financing.cashDepositCents)]);
  if (financing.annualMileageKm) rows.push([t('mileage'), t('km', { km: format.number(financing.annualMileageKm) })]);
  if (financing.taegPct !== null) rows.push([t('taeg'), formatPercent(financing.taegPct, lang)]);
  if (financing.totalCostCents !== undefined && financing.totalCostCents !== null) rows.push([t('totalCost'), eur(financing.totalCostCents)]);
  // The aid's tier the price was computed with (the buyer's own declaration on /financing).
  if (household) rows.push([t('household'), tp(`households.${household}`)]);
  return (
    <section aria-labelledby="carried-heading" className="rounded-xl border border-slate-200 p-4" data-testid="carried-financing">
      <h2 id="carried-heading" className="mb-3 text-lg font-semibold">
        {t('title')}
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd className="text-right tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{adjusted ? t('adjusted') : t('recomputed')}</p>
    </section>
  );
}
