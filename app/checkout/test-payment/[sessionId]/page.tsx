import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { TestPaymentButtons } from '@/modules/orders/components';
import { testPaymentSession } from '@/modules/orders/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('orders.testPayment', 'title');

export const dynamic = 'force-dynamic';

/** The built-in test-payment page (no Stripe keys): clearly a test, for the buyer of this session only. */
export default async function TestPaymentPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await requirePageRole(['customer'], `/checkout/test-payment/${encodeURIComponent(sessionId)}`);
  const payment = await testPaymentSession(sessionId, viewer.id);
  if (!payment) notFound();
  const t = await getTranslations('orders.testPayment');
  const format = await getFormatter();
  return (
    <Container>
      <PageTitle title={t('title')} />
      <div className="flex max-w-xl flex-col gap-4">
        <Alert tone="error">{t('banner')}</Alert>
        <p className="text-lg">{t('amount', { reference: payment.order.reference, amount: format.number(payment.amountCents / 100, 'eur') })}</p>
        <TestPaymentButtons sessionId={sessionId} orderId={payment.orderId} />
        <Link href={`/orders/${payment.orderId}`} className="text-sm underline">{t('back')}</Link>
      </div>
    </Container>
  );
}
