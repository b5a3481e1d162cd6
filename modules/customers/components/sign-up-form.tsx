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
  const [mailed, setMailed] = useState(false);
  const [pending, setPending] = useState(false);

  async function signUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = field(form, 'password');
    if (password.length < 10) return setError(t('errors.PASSWORD_TOO_SHORT'));
    setPending(true);
    setError(null);
    setMailed(false);
    const email = field(form, 'email');
    const { error: failure } = await authClient.signUp.email({ name: field(form, 'name'), email, password });
    if (failure) {
      setPending(false);
      return setError(t(`errors.${authErrorKey(failure)}`));
    }
    // The sign-up answer is the same whether or not the address had an account: sign in with what
    // was typed. When that fails the address belongs to someone else, who was told by e-mail.
    const { error: signInFailure } = await authClient.signIn.email({ email, password });
    setPending(false);
    if (signInFailure) return signInFailure.status === 429 ? setError(t('errors.TOO_MANY_REQUESTS')) : setMailed(true);
    window.location.assign(`/auth/continue${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  }

  return (
    <form onSubmit={signUp} className="flex max-w-md flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {mailed ? <Alert tone="info">{tf('signUpMailed')}</Alert> : null}
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
