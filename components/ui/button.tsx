'use client';
import { Slot } from 'radix-ui';
import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';
import { useHydrated } from './use-hydrated';

const variants = {
  primary: 'bg-slate-900 text-white hover:bg-slate-700 disabled:bg-slate-400',
  secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 disabled:text-slate-400',
  ghost: 'text-slate-700 hover:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  size?: 'sm' | 'md';
  /** Render the child element (e.g. a Link) with the button's look. */
  asChild?: boolean;
};

/**
 * The design system's button. One with an `onClick` is disabled until React has hydrated the page:
 * pressed earlier, its handler would not exist yet and the click would be lost without a word.
 * Submit buttons of plain forms (no handler) work before hydration and are left alone.
 */
export function Button({ variant = 'primary', size = 'md', asChild, className, disabled, ...props }: Props) {
  const Component = asChild ? Slot.Root : 'button';
  const hydrated = useHydrated();
  return (
    <Component
      className={cx(
        'inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors disabled:cursor-not-allowed',
        size === 'sm' ? 'px-3 py-1.5 text-sm' : 'px-4 py-2.5 text-base',
        variants[variant],
        className,
      )}
      {...props}
      disabled={disabled === true || (props.onClick !== undefined && !hydrated) || undefined}
    />
  );
}
