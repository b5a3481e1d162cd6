'use client';
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { idleForm, type FormState } from '../form-state';

/**
 * Submits a form to a server action without React's automatic reset of uncontrolled fields, so a
 * form refused by the server keeps what the user typed.
 */
export function useFormAction(action: (previous: FormState, data: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(action, idleForm);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}

/** The form's outcome; takes the focus after each submission so it is announced and seen. */
export function FormMessage({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at) ref.current?.focus();
  }, [state.at]);
  if (state.status === 'idle' || !state.message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone={state.status === 'ok' ? 'success' : 'error'}>{state.message}</Alert>
    </div>
  );
}

export function SubmitButton({ children, pending, variant = 'primary', className }: { children: ReactNode; pending: boolean; variant?: 'primary' | 'secondary' | 'danger'; className?: string }) {
  return (
    <Button type="submit" size="sm" variant={variant} disabled={pending} aria-disabled={pending} className={className}>
      {children}
    </Button>
  );
}

const control = 'rounded-lg border px-3 py-2 text-base shadow-sm outline-none focus:border-brand-600';

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

function Help({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null}
    </>
  );
}

export function SelectField({ label, error, hint, id, name, children, className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: ReactNode; error?: string; hint?: ReactNode; name: string }) {
  const fieldId = id ?? name;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">{label}</label>
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, error, hint)} className={cx(control, error ? 'border-red-600' : 'border-slate-300', 'bg-white')} {...props}>
        {children}
      </select>
      <Help id={fieldId} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ label, error, hint, id, name, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; error?: string; hint?: ReactNode; name: string }) {
  const fieldId = id ?? name;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">{label}</label>
      <textarea id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, error, hint)} className={cx(control, error ? 'border-red-600' : 'border-slate-300')} {...props} />
      <Help id={fieldId} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, error, id, name, ...props }: { label: ReactNode; error?: string; id?: string; name: string; required?: boolean; defaultChecked?: boolean }) {
  const fieldId = id ?? name;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input type="checkbox" id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${fieldId}-error` : undefined} className="size-5" {...props} />
        <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">{label}</label>
      </div>
      <Help id={fieldId} error={error} />
    </div>
  );
}
