import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { getViewer } from '@/lib/session';
import { dealershipConversations } from '@/modules/chat/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('chat.dealer', 'title');

export const dynamic = 'force-dynamic';

/** Conversations advisors routed to this dealership (and only those), open ones first. */
export default async function DealerConversationsPage() {
  const ctx = await dealerPage('/dealer/conversations');
  const t = await getTranslations('chat.dealer');
  const tc = await getTranslations('chat');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const conversations = await dealershipConversations(await getViewer());
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <DealerNav current="conversations" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      {conversations.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="divide-y divide-slate-100" data-testid="dealer-conversations">
        {conversations.map((c) => (
          <li key={c.id} className="py-2 text-sm">
            <Link href={`/dealer/conversations/${encodeURIComponent(c.id)}`} className="font-medium underline" data-testid="dealer-conversation-entry">
              {c.buyerName || tc('guest')}
            </Link>{' '}
            · {c.status === 'closed' ? tc('closedNotice') : tc('unread', { count: c.unread })}
            {c.routedAt ? ` · ${t('routedAt', { when: format.dateTime(new Date(c.routedAt), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'Europe/Paris' }) })}` : ''}
            {c.lastText ? <span className="block truncate text-slate-600">{c.lastText}</span> : null}
          </li>
        ))}
      </ul>
    </Container>
  );
}
