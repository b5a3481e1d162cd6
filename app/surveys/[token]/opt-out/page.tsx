import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { OptOutForm } from '@/modules/surveys/components';
import { surveyLinkOrProblem } from '../_survey-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('surveys.optOut');
  return { title: t('title'), robots: { index: false } };
}

/** "No more surveys", from the link in every survey e-mail. */
export default async function SurveyOptOutPage({ params }: { params: Promise<{ token: string }> }) {
  const t = await getTranslations('surveys');
  const found = await surveyLinkOrProblem(params, t('optOut.title'));
  if ('problem' in found) return found.problem;
  const { token, link } = found;
  return (
    <Container>
      <PageTitle title={t('optOut.title')} />
      <Card><OptOutForm token={token} already={link.optedOut} /></Card>
    </Container>
  );
}
