import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';
import { adminCounts } from '@/modules/admin/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('areas', 'adminTitle');

export default async function AdminHome() {
  await requirePageRole(['admin'], '/admin');
  const t = await getTranslations('areas');
  const { dealerships, stock, pendingMail } = await adminCounts();
  return (
    <Container>
      <PageTitle title={t('adminTitle')} lead={t('adminLead')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Card><p className="text-sm text-slate-600">{t('dealerships')}</p><p className="text-3xl font-semibold">{dealerships}</p></Card>
        <Card><p className="text-sm text-slate-600">{t('stock')}</p><p className="text-3xl font-semibold">{stock}</p></Card>
        <Card>
          <p className="text-sm text-slate-600">{t('outbox')}</p>
          <p className="text-3xl font-semibold">{pendingMail}</p>
          <Link href="/admin/outbox" className="mt-2 inline-block font-medium underline">{t('outbox')}</Link>
        </Card>
      </div>
    </Container>
  );
}
