'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { submitSurveyAction } from '../actions';
import type { FormState } from '../form-state';

export function SurveyForm({ token }: { token: string }) {
  const t = useTranslations('testDrive.survey');
  const [state, action, pending] = useActionState<FormState, FormData>(submitSurveyAction, null);
  if (state?.ok) return <Alert tone="success">{t('thanks')}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-5">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <fieldset>
        <legend className="mb-2 font-medium">{t('score')}</legend>
        <div className="flex flex-wrap gap-2">
          {Array.from({ length: 11 }, (_, score) => (
            <label key={score} className="flex cursor-pointer items-center gap-1 rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600">
              <input type="radio" name="score" value={score} className="sr-only" required />
              {score}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="survey-comment" className="font-medium">
          {t('comment')}
        </label>
        <textarea id="survey-comment" name="comment" rows={3} maxLength={2000} defaultValue={state && !state.ok ? state.values?.comment : undefined} className="rounded-lg border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
