import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { DealerNav } from '@/modules/test-drives/components';
import { dealerPage, listSurveyAnswers } from '@/modules/test-drives/server';
import { summarizeScores, modelName } from '@/modules/test-drives';
import { titled } from '@/lib/i18n/page-title';
import { withSiteDates } from '@/lib/i18n/format';

export const generateMetadata = titled('dealer.surveys', 'title');

export default async function DealerSurveysPage() {
  const ctx = await dealerPage('/dealer/surveys');
  const t = await getTranslations('dealer.surveys');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const answers = await listSurveyAnswers(ctx.dealershipId);
  const summary = summarizeScores(answers.map((a) => a.score));
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <DealerNav current="surveys" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      {/* The satisfaction asked after each step (order, handover, showroom visit…) is reported with the funnel. */}
      <p className="mb-6 text-sm text-slate-700" data-testid="surveys-other-steps">
        {t('otherSteps')}{' '}
        <Link href="/dealer/analytics" className="font-medium underline">
          {t('otherStepsLink')}
        </Link>
      </p>
      <Card className="mb-6">
        <dl className="grid grid-cols-2 gap-4 text-center sm:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-700">{t('average')}</dt>
            <dd className="text-3xl font-semibold" data-testid="survey-average">
              {summary.average === null ? '—' : format.number(summary.average, { maximumFractionDigits: 1 })}
              <span className="text-base font-normal text-slate-700"> / 10</span>
            </dd>
          </div>
          <div><dt className="text-sm text-slate-700">{t('count')}</dt><dd className="text-3xl font-semibold" data-testid="survey-count">{summary.count}</dd></div>
          <div><dt className="text-sm text-slate-700">{t('promoters')}</dt><dd className="text-3xl font-semibold">{summary.promoters}</dd></div>
          <div><dt className="text-sm text-slate-700">{t('detractors')}</dt><dd className="text-3xl font-semibold">{summary.detractors}</dd></div>
        </dl>
      </Card>
      {answers.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul className="grid gap-3" data-testid="survey-list">
          {answers.map((a) => (
            <li key={a.driveId}>
              <Card>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold">
                    <Link href={`/dealer/drives/${a.driveId}`} className="underline">{a.reference}</Link> · {a.driverName} · {modelName(a.modelCode, lang)}
                  </p>
                  <p className="text-lg font-semibold" data-testid="survey-score">{t('score', { score: a.score })}</p>
                </div>
                <p className="text-sm text-slate-700">
                  {t('answered', {
                    drive: format.dateTime(new Date(a.driveStart), { dateStyle: 'medium', timeZone: ctx.settings.timeZone }),
                    answered: format.dateTime(new Date(a.answeredAt), { dateStyle: 'medium', timeZone: ctx.settings.timeZone }),
                  })}
                </p>
                {a.comment ? <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-slate-800" data-testid="survey-comment">{a.comment}</blockquote> : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
