'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { formatPercent } from '../format';
import type { FinancingResult } from '../server/financing';

/** Up to three offers side by side: the cost to own and the cost to use are ranked separately (like with like). */
export function OffersTable({ result }: { result: FinancingResult }) {
  const t = useTranslations('financing');
  const tf = useTranslations('fixes.offers');
  const format = useFormatter();
  const locale = useLocale() === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  let okIndex = 0;
  const columns = result.columns.map((column) => ({ column, row: column.ok ? result.comparison?.rows[okIndex++] : undefined }));
  return (
    <div
      className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
      tabIndex={0}
      role="region"
      aria-label={t('compareTitle')}
    >
      <table className="w-full min-w-[36rem] border-collapse text-left" data-testid="offers">
        <caption className="sr-only">{t('compareTitle')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ column, row }) => (
              <th key={column.productId} scope="col" className="border-b border-slate-300 px-3 py-2 align-bottom">
                <span className="block font-semibold">{column.name[locale]}</span>
                {row?.isCheapestToOwn ? (
                  <span
                    className="mt-1 mr-1 inline-block rounded bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900"
                    data-testid="cheapest-to-own"
                  >
                    {t('cheapestToOwn')}
                  </span>
                ) : null}
                {row?.isCheapestToUse ? (
                  <span className="mt-1 inline-block rounded bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900" data-testid="cheapest-to-use">
                    {t('cheapestToUse')}
                  </span>
                ) : null}
              </th>
            ))}
            <th scope="col" className="border-b border-slate-300 px-3 py-2 align-bottom" data-testid="cash-column">
              <span className="block font-semibold">{tf('cash')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <Row
            label={t('duration')}
            cells={[
              ...columns.map(({ column }) => (column.ok && column.offer.kind !== 'cash' ? t('months', { count: column.offer.durationMonths }) : '—')),
              '—',
            ]}
          />
          <Row label={t('upfront')} cells={[...columns.map(({ row }) => (row ? eur(row.upfrontCents) : '—')), eur(result.priceCents)]} />
          <Row label={t('monthly')} cells={[...columns.map(({ row }) => (row ? eur(row.monthlyCents) : '—')), '—']} />
          <Row label={t('endOfContract')} cells={[...columns.map(({ row }) => (row && row.endOfContractCents > 0 ? eur(row.endOfContractCents) : '—')), '—']} />
          <Row
            label={t('taeg')}
            cells={[
              ...columns.map(({ column }) => {
                const taeg = column.ok && (column.offer.kind === 'credit' || column.offer.kind === 'loa') ? column.offer.taegPct : null;
                return taeg === null ? '—' : formatPercent(taeg, locale);
              }),
              '—',
            ]}
          />
          <Row
            label={t('nominalRate')}
            cells={[
              ...columns.map(({ column }) => {
                if (!column.ok || column.offer.kind === 'cash' || column.offer.kind === 'lld') return '—';
                const rate = column.offer.kind === 'credit' ? column.offer.nominalRatePct : column.offer.leaseRatePct;
                return formatPercent(rate, locale);
              }),
              '—',
            ]}
          />
          <Row
            label={t('totalCost')}
            strong
            testId="total-cost"
            cells={[...columns.map(({ row }) => (row ? eur(row.totalCostCents) : t('unavailable'))), eur(result.priceCents)]}
          />
          <Row
            label={t('totalToOwn')}
            testId="total-to-own"
            cells={[
              ...columns.map(({ row }) => (row ? (row.totalToOwnCents === null ? t('notOwned') : eur(row.totalToOwnCents)) : '—')),
              eur(result.priceCents),
            ]}
          />
          <Row
            label={t('costOfUse')}
            testId="cost-of-use"
            cells={[...columns.map(({ row }) => (row ? (row.costOfUseCents === null ? t('owned') : eur(row.costOfUseCents)) : '—')), t('owned')]}
          />
          <tr>
            <td />
            {columns.map(({ column, row }) => (
              <td key={column.productId} className="px-3 py-2 align-top text-xs text-slate-600">
                {column.ok && column.adjusted.durationMonths && column.offer.kind !== 'cash' ? (
                  <p>{t('adjustedDuration', { count: column.offer.durationMonths })}</p>
                ) : null}
                {column.ok && column.adjusted.deposit ? <p>{t('adjustedDeposit', { amount: eur(column.offer.cashDepositCents) })}</p> : null}
                {row && row.differenceFromCheapestToOwnCents !== null && !row.isCheapestToOwn ? (
                  <p>{t('moreThanCheapestToOwn', { amount: eur(row.differenceFromCheapestToOwnCents) })}</p>
                ) : null}
                {row && row.differenceFromCheapestToUseCents !== null && !row.isCheapestToUse ? (
                  <p>{t('moreThanCheapestToUse', { amount: eur(row.differenceFromCheapestToUseCents) })}</p>
                ) : null}
              </td>
            ))}
            <td className="px-3 py-2 align-top text-xs text-slate-600">{tf('cashNote')}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Row({ label, cells, strong, testId }: { label: string; cells: readonly string[]; strong?: boolean; testId?: string }) {
  return (
    <tr className="border-b border-slate-100" data-testid={testId}>
      <th scope="row" className="py-2 pr-3 text-sm font-medium text-slate-700">
        {label}
      </th>
      {cells.map((cell, i) => (
        <td key={i} className={strong ? 'px-3 py-2 text-lg font-semibold' : 'px-3 py-2'}>
          {cell}
        </td>
      ))}
    </tr>
  );
}
