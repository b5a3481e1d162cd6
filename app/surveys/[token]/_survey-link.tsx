import { getTranslations } from 'next-intl/server';
import type { ReactElement } from 'react';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import { readSurvey, type SurveyLinkView } from '@/modules/surveys/server';

/**
 * The survey link of a page's params (the link is the credential), or the page that says why it
 * cannot be used (unknown, expired…) under the given title. Shared by the survey and opt-out pages.
 */
export async function surveyLinkOrProblem(params: Promise<{ token: string }>, title: string): Promise<{ token: string; link: SurveyLinkView } | { problem: ReactElement }> {
  const token = decodeURIComponent((await params).token).slice(0, 200);
  const t = await getTranslations('surveys');
  try {
    return { token, link: await readSurvey(token) };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') throw thrown;
    return {
      problem: (
        <Container>
          <PageTitle title={title} />
          <Alert tone="error">{t.has(`errors.${error.reason}`) ? t(`errors.${error.reason}`) : t('errors.generic')}</Alert>
        </Container>
      ),
    };
  }
}
