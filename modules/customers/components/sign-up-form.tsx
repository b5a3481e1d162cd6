'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { authClient } from '@/lib/auth-client';
import { authErrorKey, type AuthErrorKey } from './auth-error';

type FieldName = 'name' | 'email' | 'password';
/** Which field each refusal is about, so its message sits under that field. */
const FIELD_OF: Partial<Record<AuthErrorKey, FieldName>> = {
  NAME_REQUIRED: 'name',
  NAME_TOO_LONG: 'name',
  INVALID_EMAIL: 'email',
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
};
// A browser's type="email" accepts « a@b »: an address that can receive the confirmation has a dot in its domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** The first thing wrong with the form, checked before anything is sent. */
function firstProblem(name: string, email: string, password: string): AuthErrorKey | null {
  if (name.trim() === '') return 'NAME_REQUIRED';
  if (!EMAIL.test(email.trim())) return 'INVALID_EMAIL';
  if (password.length < 10) return 'PASSWORD_TOO_SHORT';
  if (password.length > 128) return 'PASSWORD_TOO_LONG';
  return null;
}

export function SignUpForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const tf = useTranslations('fixes.accounts');
  const [error, setError] = useState<AuthErrorKey | null>(null);
  const [mailed, setMailed] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = field(form, 'password');
    const email = field(form, 'email').trim();
    const name = field(form, 'name').trim();
    const problem = firstProblem(name, email, password);
    if (problem) return setError(problem);
    setPending(true);
    setError(null);
    setMailed(null);
    // The link in the e-mail confirms the address, signs in and comes back to where the buyer was;
    // from the sign-up page itself, to their space, which says the address is confirmed.
    const callbackURL = `/auth/continue?next=${encodeURIComponent(next ?? '/account?welcome=1')}`;
    const { error: failure } = await authClient.signUp.email({ name, email, password, callbackURL });
    setPending(false);
    if (failure) return setError(authErrorKey(failure, 'signUpFailed'));
    // The same answer whether or not the address already had an account (its owner was told by e-mail).
    setMailed(email);
  }

  const fieldError = (name: FieldName) => (error && FIELD_OF[error] === name ? t(`errors.${error}`) : undefined);

  return (
    <form onSubmit={signUp} noValidate className="flex max-w-md flex-col gap-4">
      {error && !FIELD_OF[error] ? <Alert tone="error">{t(`errors.${error}`)}</Alert> : null}
      {mailed ? <Alert tone="info">{tf(next ? 'signUpMailed' : 'signUpMailedAccount', { email: mailed })}</Alert> : null}
      <Field label={t('name')} name="name" autoComplete="name" required maxLength={100} error={fieldError('name')} />
      <Field label={t('email')} name="email" type="email" autoComplete="email" required error={fieldError('email')} />
      <Field label={t('password')} name="password" type="password" autoComplete="new-password" required hint={t('passwordHint')} error={fieldError('password')} />
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
