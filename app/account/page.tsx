import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { getViewer } from '@/lib/session';

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect('/sign-in?next=/account');
  const t = await getTranslations('account');
  const roles = await getTranslations('roles');
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('signedInAs', { email: viewer.email })} />
      <Card>
        <dl className="grid grid-cols-[8rem_1fr] gap-2">
          <dt className="font-medium">{t('role')}</dt>
          <dd data-testid="account-role">{roles(viewer.role)}</dd>
        </dl>
      </Card>
    </Container>
  );
}
