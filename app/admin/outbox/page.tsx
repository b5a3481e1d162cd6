import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { recentOutboxMessages } from '@/modules/admin/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('areas', 'outbox');

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  await requirePageRole(['admin'], '/admin/outbox');
  const t = await getTranslations('areas');
  const tf = await getTranslations('fixes.outbox');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const to = (await searchParams).to?.trim().toLowerCase();
  const messages = await recentOutboxMessages(to);
  return (
    <Container>
      <PageTitle title={t('outbox')} lead={t('outboxLead')} />
      <form className="mb-6 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">{t('to')}</label>
        <input id="to" name="to" type="email" defaultValue={to} placeholder={t('to')} className="rounded-lg border border-slate-300 px-3 py-2" />
        <button type="submit" className="rounded-lg bg-slate-900 px-4 py-2 font-medium text-white">{t('search')}</button>
      </form>
      {messages.length === 0 ? (
        <p>{t('noMail')}</p>
      ) : (
        <ul className="space-y-4" data-testid="outbox-list">
          {messages.map((m) => (
            <li key={m.id} className="rounded-xl border border-slate-200 p-4 [overflow-wrap:anywhere]">
              <p className="text-sm text-slate-600">
                {format.dateTime(m.createdAt, { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' })} · {tf('statusLine', { status: tf(`states.${m.status}`) })}
              </p>
              <p><span className="font-medium">{t('to')}:</span> {m.to}</p>
              <p className="font-semibold">{m.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap break-all text-sm text-slate-800">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
