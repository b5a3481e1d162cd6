'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { answerSurveyAction, type SurveyFormState } from '../actions';

function Scale({ name, legend, from, to, low, high }: { name: string; legend: string; from: number; to: number; low: string; high: string }) {
  return (
    <fieldset>
      <legend className="mb-2 font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: to - from + 1 }, (_, i) => from + i).map((score) => (
          <label key={score} className="flex min-w-11 cursor-pointer items-center justify-center rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600">
            <input type="radio" name={name} value={score} className="sr-only" required />
            {score}
          </label>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-sm text-slate-600"><span>{low}</span><span>{high}</span></p>
    </fieldset>
  );
}

/** CSAT (1-5), NPS (0-10) where the step asks it, one comment. */
export function StepSurveyForm({ token, asksNps }: { token: string; asksNps: boolean }) {
  const t = useTranslations('surveys.form');
  const [state, action, pending] = useActionState<SurveyFormState, FormData>(answerSurveyAction, null);
  if (state?.ok) return <Alert tone="success">{t('thanks')}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-6" data-testid="survey-form">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Scale name="csat" legend={t('csat')} from={1} to={5} low={t('csatLow')} high={t('csatHigh')} />
      {asksNps ? <Scale name="nps" legend={t('nps')} from={0} to={10} low={t('npsLow')} high={t('npsHigh')} /> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="survey-comment" className="font-medium">{t('comment')}</label>
        <textarea id="survey-comment" name="comment" rows={3} maxLength={2000} defaultValue={state && !state.ok ? state.comment : undefined} className="rounded-lg border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <Button type="submit" disabled={pending}>{t('submit')}</Button>
      </div>
    </form>
  );
}
