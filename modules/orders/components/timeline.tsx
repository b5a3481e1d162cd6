import { getFormatter, getTranslations } from 'next-intl/server';
import type { OrderTimelineEntry } from '../server/queries';

/** Each step of the order with its date, from the audit trail. */
export async function Timeline({ entries }: { entries: readonly OrderTimelineEntry[] }) {
  const t = await getTranslations('orders');
  const format = await getFormatter();
  return (
    <ol className="flex flex-col gap-2 border-l-2 border-slate-300 pl-4" data-testid="order-timeline">
      {entries.map((e, i) => (
        <li key={i}>
          <p className="font-medium">{e.from === e.to ? e.reason : t(`status.${e.to}`)}</p>
          <p className="text-sm text-slate-600">{format.dateTime(e.at, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })}</p>
        </li>
      ))}
    </ol>
  );
}
