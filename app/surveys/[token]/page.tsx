import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { StepSurveyForm } from '@/modules/surveys/components';
import { surveyLinkOrProblem } from './_survey-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('surveys.page');
  return { title: t('title'), robots: { index: false } };
}

/** The survey reached from the e-mail after an order, a handover or a showroom visit (the link is the credential). */
export default async function StepSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const t = await getTranslations('surveys');
  const found = await surveyLinkOrProblem(params, t('page.title'));
  if ('problem' in found) return found.problem;
  const { token, link } = found;
  const about = [t(`page.steps.${link.step}`), link.dealershipName, link.reference].filter(Boolean).join(' · ');
  return (
    <Container>
      <PageTitle title={t('page.title')} lead={about} />
      <Card className="flex flex-col gap-4">
        {link.state === 'open' ? <StepSurveyForm token={token} asksNps={link.asksNps} /> : <Alert tone="success">{t('page.answered')}</Alert>}
        <p className="text-sm text-slate-600">
          {link.optedOut ? t('optOut.done') : <Link href={`/surveys/${encodeURIComponent(token)}/opt-out`} className="underline">{t('page.optOutLink')}</Link>}
        </p>
      </Card>
    </Container>
  );
}
