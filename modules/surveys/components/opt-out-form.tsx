'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { optOutAction, surveyPreferenceAction, type SurveyFormState } from '../actions';

/** From the e-mail's link: a button, not the link itself (mail scanners open links; only a person presses a button). */
export function OptOutForm({ token, already }: { token: string; already: boolean }) {
  const t = useTranslations('surveys.optOut');
  const [state, action, pending] = useActionState<SurveyFormState, FormData>(optOutAction, null);
  if (already || state?.ok) return <Alert tone="success">{t('done')}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <p>{t('lead')}</p>
      <div><Button type="submit" disabled={pending}>{t('confirm')}</Button></div>
    </form>
  );
}

/** The contact preference in /account: receive satisfaction surveys or not. */
export function SurveyPreference({ receives }: { receives: boolean }) {
  const t = useTranslations('surveys.preference');
  const [state, action, pending] = useActionState<SurveyFormState, FormData>(surveyPreferenceAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3" data-testid="survey-preference">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="surveys" defaultChecked={receives} className="h-4 w-4" />
        {t('label')}
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>{t('save')}</Button>
      {state?.ok ? <span role="status" className="text-sm text-emerald-800">{t('saved')}</span> : null}
      {state && !state.ok ? <span role="alert" className="text-sm text-red-800">{state.message}</span> : null}
    </form>
  );
}
