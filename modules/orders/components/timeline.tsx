import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { OrderTimelineEntry } from '../server/queries';
import { timelineNoteOf } from '../timeline-notes';
import { balanceMethodName } from '../balance-mails';
import { withSiteDates } from '@/lib/i18n/format';

/** Each step of the order with its date, from the audit trail. */
export async function Timeline({ entries }: { entries: readonly OrderTimelineEntry[] }) {
  const t = await getTranslations('orders');
  const tn = await getTranslations('orders.notes');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' });
  // Same-status entries are notes on the trail (a return asked, the handover booked or moved, the
  // order form signed), said in the reader's language; a text no version wrote is shown as stored.
  const note = (reason: string) => {
    const read = timelineNoteOf(reason);
    if (!read) return reason;
    switch (read.key) {
      case 'returnRequested':
        return tn('returnRequested');
      case 'orderFormSigned':
        return tn('orderFormSigned', { name: read.name });
      case 'balanceReceived':
      case 'balanceRefunded':
        return read.method ? tn(read.key, { method: balanceMethodName(read.method, lang) }) : tn(`${read.key}Plain`);
      default:
        return tn(read.key, { time: when(read.at) });
    }
  };
  return (
    <ol className="flex flex-col gap-2 border-l-2 border-slate-300 pl-4" data-testid="order-timeline">
      {entries.map((e, i) => (
        <li key={i}>
          <p className="font-medium">{e.from === e.to ? note(e.reason) : t(`status.${e.to}`)}</p>
          <p className="text-sm text-slate-600">{format.dateTime(e.at, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' })}</p>
        </li>
      ))}
    </ol>
  );
}
