import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import { OptOutForm } from '@/modules/surveys/components';
import { readSurvey, type SurveyLinkView } from '@/modules/surveys/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('surveys.optOut');
  return { title: t('title'), robots: { index: false } };
}

/** "No more surveys", from the link in every survey e-mail. */
export default async function SurveyOptOutPage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodeURIComponent((await params).token).slice(0, 200);
  const t = await getTranslations('surveys');
  let link: SurveyLinkView;
  try {
    link = await readSurvey(token);
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') throw thrown;
    return (
      <Container>
        <PageTitle title={t('optOut.title')} />
        <Alert tone="error">{t.has(`errors.${error.reason}`) ? t(`errors.${error.reason}`) : t('errors.generic')}</Alert>
      </Container>
    );
  }
  return (
    <Container>
      <PageTitle title={t('optOut.title')} />
      <Card><OptOutForm token={token} already={link.optedOut} /></Card>
    </Container>
  );
}
