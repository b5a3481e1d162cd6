import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { OrderSnapshot } from '../snapshot';
import type { BalanceState } from '../balance';

type Lines = Pick<OrderSnapshot, 'lines' | 'subtotalTTCCents' | 'vatCents' | 'vatRatePercent' | 'malus' | 'bonus' | 'totalCents' | 'depositCents'> &
  Partial<Pick<OrderSnapshot, 'deliveryFeeCents' | 'tradeIn' | 'balanceDueCents'>>;

/** The price breakdown as the server computed it (checkout) or as it was agreed (order snapshot). */
/** `deposit`: on an order, whether its deposit is still to pay, paid, or no longer due (a cancelled order); at checkout, to pay now. */
/** `balance`: on an order, whether the rest is still to pay, recorded as paid, or paid back after a withdrawal. */
export async function PriceSummary({ price, deposit = 'due', balance = 'due' }: { price: Lines; deposit?: 'due' | 'paid' | 'none'; balance?: BalanceState }) {
  const t = await getTranslations('orders.checkout');
  const to = await getTranslations('orders');
  const tx = await getTranslations('orders.summary');
  const format = await getFormatter();
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const eur = (cents: number) => format.number(cents / 100, 'eur');
  // The registration taxes come after the price incl. VAT (as on the order form), not among its lines.
  const vehicleLines = price.lines.filter((l) => !l.kind.startsWith('malus') && l.kind !== 'bonus');
  const massLines = price.lines.filter((l) => l.kind === 'malus-mass');
  // The CO2 line's own label names the grid, the registration date it assumed and, for a derived grid row, that the amount is to be confirmed.
  const malusLine = price.lines.find((l) => l.kind === 'malus');
  return (
    <section aria-labelledby="price-heading" className="rounded-xl border border-slate-200 p-4">
      <h2 id="price-heading" className="mb-3 text-lg font-semibold">
        {t('lines')}
      </h2>
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-6 gap-y-1 text-sm [&_dt]:[overflow-wrap:anywhere]">
        {vehicleLines.map((l) => (
          <div key={`${l.kind}:${l.code}`} className="contents">
            <dt>{l.label[lang]}</dt>
            <dd className="text-right tabular-nums">{eur(l.amountCents)}</dd>
          </div>
        ))}
        <dt className="font-medium">{t('subtotal')}</dt>
        <dd className="text-right font-medium tabular-nums">{eur(price.subtotalTTCCents)}</dd>
        <dt className="text-slate-600">{t('vat', { rate: price.vatRatePercent })}</dt>
        <dd className="text-right text-slate-600 tabular-nums">{eur(price.vatCents)}</dd>
        {price.malus.cents > 0 ? (
          <>
            <dt>{malusLine ? malusLine.label[lang] : t('malus', { year: price.malus.year })}</dt>
            <dd className="text-right tabular-nums">{eur(price.malus.cents)}</dd>
          </>
        ) : null}
        {massLines.map((l) => (
          <div key={`${l.kind}:${l.code}`} className="contents">
            <dt>{l.label[lang]}</dt>
            <dd className="text-right tabular-nums" data-testid="mass-malus-line">
              {eur(l.amountCents)}
            </dd>
          </div>
        ))}
        {price.bonus.cents > 0 ? (
          <>
            <dt>{t('bonus')}</dt>
            <dd className="text-right tabular-nums">−{eur(price.bonus.cents)}</dd>
          </>
        ) : null}
        {price.deliveryFeeCents ? (
          <>
            <dt>{tx('deliveryFee')}</dt>
            <dd className="text-right tabular-nums" data-testid="delivery-fee-line">
              {eur(price.deliveryFeeCents)}
            </dd>
          </>
        ) : null}
        <dt className="text-base font-semibold">{to('total')}</dt>
        <dd className="text-right text-base font-semibold tabular-nums" data-testid="order-total">
          {eur(price.totalCents)}
        </dd>
        <dt className="font-semibold">{t(deposit === 'paid' ? 'depositPaid' : deposit === 'none' ? 'depositNotPaid' : 'deposit')}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="order-deposit">
          {eur(price.depositCents)}
        </dd>
        {price.tradeIn ? (
          <>
            <dt>{tx('tradeIn', { car: `${price.tradeIn.make} ${price.tradeIn.model} (${price.tradeIn.year})` })}</dt>
            <dd className="text-right tabular-nums" data-testid="trade-in-deduction">
              −{eur(price.tradeIn.estimateCents)}
            </dd>
          </>
        ) : null}
        {price.balanceDueCents !== undefined ? (
          <>
            <dt className="font-medium" data-testid="order-balance-label">{tx(balance === 'paid' ? 'balancePaid' : balance === 'refunded' ? 'balanceRefunded' : balance === 'refunding' ? 'balanceRefunding' : 'balance')}</dt>
            <dd className="text-right font-medium tabular-nums" data-testid="order-balance">
              {eur(price.balanceDueCents)}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t('depositLead')}</p>
      {price.tradeIn ? <p className="mt-1 text-xs text-slate-600">{tx('tradeInNote', { low: eur(price.tradeIn.lowCents), high: eur(price.tradeIn.highCents) })} {price.tradeIn.disclaimer[lang]}</p> : null}
    </section>
  );
}
