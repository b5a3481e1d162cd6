import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import { modelName } from '@/modules/test-drives';
import { SurveyForm } from '@/modules/test-drives/components';
import { readSurveyToken, type SurveyLinkState } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive.survey');
  return { title: t('title'), robots: { index: false } };
}

/** The two-question survey reached from the e-mail sent when the drive is finished. */
export default async function SurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodeURIComponent((await params).token);
  const t = await getTranslations('testDrive');
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  let link: SurveyLinkState;
  try {
    link = await readSurveyToken(token);
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') throw thrown;
    return (
      <Container>
        <PageTitle title={t('survey.title')} />
        <Alert tone="error">{t.has(`errors.${error.reason}`) ? t(`errors.${error.reason}`) : t('errors.generic')}</Alert>
      </Container>
    );
  }
  return (
    <Container>
      <PageTitle title={t('survey.title')} lead={`${modelName(link.modelCode, lang)} · ${link.dealershipName} · ${link.reference}`} />
      <Card>
        {link.state === 'open' ? <><p className="mb-4">{t('survey.lead')}</p><SurveyForm token={token} /></> : null}
        {link.state === 'answered' ? <Alert tone="success">{t('survey.answered')}</Alert> : null}
        {link.state === 'not-completed' ? <Alert tone="info">{t('survey.notOpen')}</Alert> : null}
      </Card>
    </Container>
  );
}
