import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { AppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { DealerConversation } from '@/modules/chat/components';
import { dealerConversation } from '@/modules/chat/server';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('chat.dealer', 'title');

export const dynamic = 'force-dynamic';

/** One conversation routed to this dealership, answered live. Another dealership's (or an unrouted one) is a 404. */
export default async function DealerConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await dealerPage(`/dealer/conversations/${encodeURIComponent(id)}`);
  const conversation = await dealerConversation(await getViewer(), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!conversation) notFound();
  const t = await getTranslations('chat.dealer');
  return (
    <Container>
      <PageTitle title={t('title')} />
      <DealerNav current="conversations" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <p className="mb-3 text-sm">
        <Link href="/dealer/conversations" className="underline">{t('back')}</Link>
      </p>
      <DealerConversation id={conversation.id} />
    </Container>
  );
}
