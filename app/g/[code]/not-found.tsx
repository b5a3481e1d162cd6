import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { titled } from '@/lib/i18n/page-title';
import { OpenByCodeForm } from '../open-by-code-form';

export const generateMetadata = titled('garage', 'unknownCodeTitle');

export default async function SavedNotFound() {
  const t = await getTranslations('garage');
  return (
    <Container>
      <PageTitle title={t('unknownCodeTitle')} lead={t('unknownCodeLead')} />
      <OpenByCodeForm />
      <p className="mt-6">
        <Link href="/garage" className="underline">{t('backToGarage')}</Link>
      </p>
    </Container>
  );
}
