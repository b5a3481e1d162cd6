import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { requirePageRole } from '@/lib/session';

export default async function AdvisorHome() {
  await requirePageRole(['advisor', 'admin'], '/advisor');
  const t = await getTranslations('areas');
  return (
    <Container>
      <PageTitle title={t('advisorTitle')} lead={t('advisorLead')} />
    </Container>
  );
}
