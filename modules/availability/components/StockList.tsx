import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CarPicture } from '@/modules/catalog/components';
import type { Difference, StockMatch } from '../types';
import { parisDay } from '@/lib/calendar/paris-day';
import { arrivalState } from '../arrival';
import type { HoldView } from '../actions';
import { HoldButton } from './HoldButton';
import { withSiteDates } from '@/lib/i18n/format';

type Locale = 'fr' | 'en';

async function differenceText(difference: Difference, locale: Locale): Promise<string> {
  const t = await getTranslations('availability');
  if (difference.kind === 'different') {
    return t('diffDifferent', { field: t(`fields.${difference.field}`), actual: difference.actual[locale], wanted: difference.wanted[locale] });
  }
  return difference.kind === 'missing' ? t('diffMissing', { item: difference.item[locale] }) : t('diffExtra', { item: difference.item[locale] });
}

/** Stock vehicles, nearest first, with status, price and — for close matches — each difference. */
export async function StockList({ matches, testId, showDifferences, heldByYou }: { matches: readonly StockMatch[]; testId: string; showDifferences: boolean; heldByYou: ReadonlyMap<string, HoldView> }) {
  const t = await getTranslations('availability');
  const tf = await getTranslations('fixes.stock');
  const format = withSiteDates(await getFormatter(), await getLocale());
  // Today in the network's zone, as a calendar date comparable with `arrivesOn`.
  const today = parisDay(new Date());
  const arrivalText = (match: StockMatch) => {
    const arrival = arrivalState(match.status, match.arrivesOn, today);
    if (arrival.kind === 'now') return t('availableNow');
    if (arrival.kind === 'imminent') return tf('imminent');
    return t('arrivesOn', { date: format.dateTime(new Date(`${arrival.date}T12:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) });
  };
  const locale = ((await getLocale()) === 'en' ? 'en' : 'fr') satisfies Locale;
  const signed = (cents: number) => `${cents > 0 ? '+' : cents < 0 ? '−' : ''}${format.number(Math.abs(cents) / 100, 'eur')}`;
  return (
    <ul className="grid gap-4" data-testid={testId}>
      {await Promise.all(
        matches.map(async (match) => {
          const label = `${match.dealership.name}, ${match.dealership.city}`;
          const differences = showDifferences ? await Promise.all(match.differences.map((d) => differenceText(d, locale))) : [];
          return (
            <li key={match.vehicleId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="stock-vehicle">
              <div className="flex flex-wrap items-start justify-between gap-4">
                <CarPicture car={match.spec} sizes="(min-width: 640px) 192px, calc(100vw - 64px)" className="h-auto w-full shrink-0 rounded-lg sm:w-48" testId="stock-vehicle-still" />
                <div className="flex-1">
                  <p className="font-semibold text-slate-900">{label}</p>
                  <p className="text-sm text-slate-600">
                    {t('distance', { km: format.number(match.distanceKm, { maximumFractionDigits: match.distanceKm < 10 ? 1 : 0 }) })} · VIN {match.vin}
                  </p>
                  <p className={match.status === 'in_stock' ? 'mt-1 text-sm font-medium text-emerald-800' : 'mt-1 text-sm font-medium text-amber-800'}>
                    {arrivalText(match)}
                  </p>
                </div>
                <div className="text-right">
                  <p className="text-lg font-semibold">{format.number(match.priceCents / 100, 'eur')}</p>
                  <p className="text-sm text-slate-600">{match.priceDifferenceCents === 0 ? t('samePrice') : t('priceDifference', { amount: signed(match.priceDifferenceCents) })}</p>
                </div>
              </div>
              {differences.length > 0 ? (
                <div className="mt-3">
                  <p className="text-sm font-medium text-slate-800">{t('differences')}</p>
                  <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                    {differences.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="mt-3">
                <HoldButton vehicleId={match.vehicleId} label={label} initialHold={heldByYou.get(match.vehicleId) ?? null} />
              </div>
            </li>
          );
        }),
      )}
    </ul>
  );
}
