'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { acceptConsentAction } from '../actions';

/** Where the customer types the code shown on a showroom tablet to let that dealership find them. */
export function ConsentCodeForm() {
  const t = useTranslations('continuity.consent');
  const [state, action, pending] = useActionState(acceptConsentAction, null);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="consent-code-form">
      <label htmlFor="consent-code" className="text-sm font-medium">{t('codeLabel')}</label>
      <div className="flex gap-2">
        <input id="consent-code" name="code" maxLength={20} autoComplete="off" className="w-48 rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase tracking-widest" />
        <Button type="submit" disabled={pending}>{t('accept')}</Button>
      </div>
      <p role="status" className="text-sm">{state?.ok ? t('accepted') : state && !state.ok ? <span className="text-red-700">{state.error.message}</span> : null}</p>
    </form>
  );
}
