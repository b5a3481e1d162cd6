'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { authClient } from '@/lib/auth-client';
import { authErrorKey } from './auth-error';

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const tf = useTranslations('fixes.accounts');
  const [error, setError] = useState<string | null>(null);
  const [mailed, setMailed] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = field(form, 'password');
    if (password.length < 10) return setError(t('errors.PASSWORD_TOO_SHORT'));
    setPending(true);
    setError(null);
    setMailed(null);
    const email = field(form, 'email');
    // The link in the e-mail confirms the address, signs in and comes back to where the buyer was.
    const callbackURL = `/auth/continue${next ? `?next=${encodeURIComponent(next)}` : ''}`;
    const { error: failure } = await authClient.signUp.email({ name: field(form, 'name'), email, password, callbackURL });
    setPending(false);
    if (failure) return setError(t(`errors.${authErrorKey(failure)}`));
    // The same answer whether or not the address already had an account (its owner was told by e-mail).
    setMailed(email);
  }

  return (
    <form onSubmit={signUp} className="flex max-w-md flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {mailed ? <Alert tone="info">{tf('signUpMailed', { email: mailed })}</Alert> : null}
      <Field label={t('name')} name="name" autoComplete="name" required maxLength={100} />
      <Field label={t('email')} name="email" type="email" autoComplete="email" required />
      <Field label={t('password')} name="password" type="password" autoComplete="new-password" required hint={t('passwordHint')} />
      <p className="text-sm text-slate-600">{t('guestNote')}</p>
      <Button type="submit" disabled={pending}>{t('submitSignUp')}</Button>
    </form>
  );
}

/** A text field's value ('' when absent; FormData may also hold files). */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
