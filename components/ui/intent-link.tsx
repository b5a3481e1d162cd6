'use client';
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A link of the site's frame (header, footer, consent banner) that prefetches its page when the
 * visitor reaches for it (pointer over it, keyboard focus, finger down) rather than as soon as it
 * is on screen. Every page shows these links: prefetched on sight, their route payloads were
 * fetched and processed on the main thread during every page's start-up, in tasks long enough to
 * count as blocking time (up to 90 ms each at 4x CPU on /configure). The pattern is Next.js's own
 * (guides/prefetching, "Hover-triggered prefetch"): `null` restores default prefetching.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
