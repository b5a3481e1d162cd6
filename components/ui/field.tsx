import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

type Props = InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; error?: string; hint?: ReactNode };

/** A labelled input whose error is announced and linked with aria-describedby. */
export function Field({ label, error, hint, id, name, className, ...props }: Props) {
  const fieldId = id ?? name;
  const describedBy = [error ? `${fieldId}-error` : null, hint ? `${fieldId}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx(
          'rounded-lg border px-3 py-2 text-base shadow-sm outline-none focus:border-brand-600',
          error ? 'border-red-600' : 'border-slate-300',
        )}
        {...props}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
