import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Container, PageTitle } from '@/components/ui/page';
import { normalizeShortCode } from '@/modules/catalog/server';
import { OpenByCodeForm } from './open-by-code-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('garage');
  return { title: t('openTitle') };
}

/** Type a code seen on another device (or read aloud in a showroom) to open that configuration. */
export default async function OpenByCodePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const typed = typeof raw === 'string' ? normalizeShortCode(raw.slice(0, 32)) : '';
  if (typed) redirect(`/g/${encodeURIComponent(typed)}`);
  const t = await getTranslations('garage');
  return (
    <Container>
      <PageTitle title={t('openTitle')} lead={t('openLead')} />
      <OpenByCodeForm />
    </Container>
  );
}
