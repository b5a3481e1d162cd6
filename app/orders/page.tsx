import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';

export default async function OrdersPage() {
  const t = await getTranslations('orders');
  return (
    <Container>
      <PageTitle title={t('title')} />
      <p className="text-slate-700">{t('empty')}</p>
    </Container>
  );
}
