'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { authClient } from '@/lib/auth-client';
import { authErrorKey } from './auth-error';

function continueUrl(next: string | undefined) {
  return `/auth/continue${next ? `?next=${encodeURIComponent(next)}` : ''}`;
}

export function SignInForm({ next, linkError }: { next?: string; linkError?: boolean }) {
  const t = useTranslations('auth');
  const tf = useTranslations('fixes.accounts');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [magicSent, setMagicSent] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    // An account not yet confirmed is refused and sent a new link, which comes back here after confirming.
    const { error: failure } = await authClient.signIn.email({ email: field(form, 'email'), password: field(form, 'password'), callbackURL: continueUrl(next) });
    setPending(false);
    if (failure) return setError(t(`errors.${authErrorKey(failure)}`));
    window.location.assign(continueUrl(next));
  }

  async function sendMagicLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    // A used or expired link comes back to this page saying so, not silently.
    const { error: failure } = await authClient.signIn.magicLink({ email: field(form, 'magic-email'), callbackURL: continueUrl(next), errorCallbackURL: `/sign-in?link=invalid${next ? `&next=${encodeURIComponent(next)}` : ''}` });
    if (failure) return setError(t(`errors.${authErrorKey(failure)}`));
    setMagicSent(true);
  }

  return (
    <div className="grid gap-10 md:grid-cols-2">
      {linkError ? (
        <Alert tone="error" className="md:col-span-2">
          {tf('linkInvalid')}
        </Alert>
      ) : null}
      <form onSubmit={signIn} className="flex flex-col gap-4" aria-labelledby="password-sign-in">
        <h2 id="password-sign-in" className="text-xl font-semibold">{t('signInTitle')}</h2>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label={t('email')} name="email" type="email" autoComplete="email" required />
        <Field label={t('password')} name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" disabled={pending}>{t('submitSignIn')}</Button>
      </form>
      <form onSubmit={sendMagicLink} className="flex flex-col gap-4" aria-labelledby="magic-link">
        <h2 id="magic-link" className="text-xl font-semibold">{t('magicTitle')}</h2>
        <p className="text-slate-700">{tf('magicLead')}</p>
        <Field label={t('email')} name="magic-email" type="email" autoComplete="email" required />
        <Button type="submit" variant="secondary">{t('magicSubmit')}</Button>
        {magicSent ? <Alert tone="success">{tf('magicSent')}</Alert> : null}
      </form>
    </div>
  );
}

/** A text field's value ('' when absent; FormData may also hold files). */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
