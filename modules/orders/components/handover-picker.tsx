'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { withSiteDates } from '@/lib/i18n/format';

export type SlotDay = { date: string; slots: { start: string; localTime: string }[] };

const SHOWN_DAYS = 10;

/**
 * The handover appointment: free slots of the chosen dealership as the server's slot engine
 * computed them (fetched again when the dealership changes). The server books the one chosen,
 * checking it again, when the order is placed.
 */
export function HandoverPicker({ sourceQuery, dealershipId, initialDealershipId, initialDays }: { sourceQuery: string; dealershipId: string; initialDealershipId: string; initialDays: SlotDay[] | null }) {
  const t = useTranslations('orders.handover');
  const [loaded, setLoaded] = useState<{ dealershipId: string; days: SlotDay[] | null; failed: boolean }>({ dealershipId: initialDealershipId, days: initialDays, failed: initialDays === null });

  useEffect(() => {
    if (loaded.dealershipId === dealershipId || dealershipId === '') return;
    let live = true;
    void fetch(`/api/orders/handover-slots?${sourceQuery}&dealershipId=${encodeURIComponent(dealershipId)}`)
      .then(async (response) => (response.ok ? ((await response.json()) as { data: { days: SlotDay[] } }).data.days : null))
      .catch(() => null)
      .then((days) => {
        if (live) setLoaded({ dealershipId, days, failed: days === null });
      });
    return () => {
      live = false;
    };
  }, [dealershipId, loaded.dealershipId, sourceQuery]);

  if (dealershipId === '') return <p className="text-sm text-slate-600">{t('chooseDealershipFirst')}</p>;
  if (loaded.dealershipId !== dealershipId) return <p className="text-sm text-slate-600">{t('loading')}</p>;
  if (loaded.failed || !loaded.days) return <Alert tone="error">{t('unavailable')}</Alert>;
  const days = loaded.days.slice(0, SHOWN_DAYS);
  if (days.length === 0) return <Alert tone="info">{t('none')}</Alert>;
  return (
    <SlotSelect days={days} label={t('label')} testId="handover-slot">
      <span className="text-xs font-normal text-slate-600">{t('note')}</span>
    </SlotSelect>
  );
}

/** The free slots, grouped by day, in one required select named `handoverStart` (checkout, dealer and buyer forms). */
export function SlotSelect({ days, label, testId, children }: { days: readonly SlotDay[]; label: string; testId: string; children?: ReactNode }) {
  const t = useTranslations('orders.handover');
  const format = withSiteDates(useFormatter(), useLocale());
  const dayLabel = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name="handoverStart" required className="w-full min-w-0 rounded-lg border border-slate-300 px-3 py-2" defaultValue="" data-testid={testId}>
        <option value="" disabled>
          {t('choose')}
        </option>
        {days.map((day) => (
          <optgroup key={day.date} label={dayLabel(day.date)}>
            {day.slots.map((slot) => (
              <option key={slot.start} value={slot.start}>
                {dayLabel(day.date)} · {slot.localTime}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {children}
    </label>
  );
}
