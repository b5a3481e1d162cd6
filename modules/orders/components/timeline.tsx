import { getFormatter, getTranslations } from 'next-intl/server';
import type { OrderTimelineEntry } from '../server/queries';

/** Each step of the order with its date, from the audit trail. */
export async function Timeline({ entries }: { entries: readonly OrderTimelineEntry[] }) {
  const t = await getTranslations('orders');
  const th = await getTranslations('orders.handover');
  const format = await getFormatter();
  // Same-status entries are notes on the trail (a return asked, the handover booked or moved); the handover ones are said in the reader's language.
  const note = (reason: string) => (reason.startsWith('handover moved') ? th('timelineMoved') : reason.startsWith('handover booked') ? th('timelineBooked') : reason);
  return (
    <ol className="flex flex-col gap-2 border-l-2 border-slate-300 pl-4" data-testid="order-timeline">
      {entries.map((e, i) => (
        <li key={i}>
          <p className="font-medium">{e.from === e.to ? note(e.reason) : t(`status.${e.to}`)}</p>
          <p className="text-sm text-slate-600">{format.dateTime(e.at, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })}</p>
        </li>
      ))}
    </ol>
  );
}
