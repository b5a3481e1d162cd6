import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside the page on a phone instead of widening it. The region is
 * focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
