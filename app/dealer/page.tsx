import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { db } from '@/lib/db';
import { requirePageRole } from '@/lib/session';

export default async function DealerHome() {
  const viewer = await requirePageRole(['dealer_staff', 'dealer_manager'], '/dealer');
  const t = await getTranslations('areas');
  // Dealer accounts are scoped to one dealership: every query filters on the viewer's own.
  const dealership = viewer.dealershipId
    ? await db.dealership.findUnique({
        where: { id: viewer.dealershipId },
        select: { name: true, city: true, _count: { select: { staff: true, demoCars: true, stock: true } } },
      })
    : null;
  return (
    <Container>
      <PageTitle title={t('dealerTitle')} lead={t('dealerLead')} />
      {dealership ? (
        <Card>
          <h2 className="text-xl font-semibold" data-testid="dealership-name">{dealership.name}</h2>
          <dl className="mt-4 grid grid-cols-3 gap-4 text-center">
            <div><dt className="text-sm text-slate-600">{t('staff')}</dt><dd className="text-2xl font-semibold">{dealership._count.staff}</dd></div>
            <div><dt className="text-sm text-slate-600">{t('demoCars')}</dt><dd className="text-2xl font-semibold">{dealership._count.demoCars}</dd></div>
            <div><dt className="text-sm text-slate-600">{t('stock')}</dt><dd className="text-2xl font-semibold">{dealership._count.stock}</dd></div>
          </dl>
        </Card>
      ) : null}
    </Container>
  );
}
