'use client';
import { useEffect } from 'react';
import { usePathname } from 'next/navigation';
import { MEASUREMENT_COOKIE, parseMeasurementChoice } from '../consent';
import { pageViewOf } from '../page-view-paths';

/**
 * Tells our own server (never a third party) that a consenting visitor opened the configurator,
 * availability or financing: one `navigator.sendBeacon` per page, which does not hold the page
 * or its navigation. Without measurement granted nothing is sent (and the server checks again).
 */
export function PageViewBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    const choice = parseMeasurementChoice(document.cookie.split('; ').find((c) => c.startsWith(`${MEASUREMENT_COOKIE}=`))?.split('=')[1]);
    if (choice !== 'granted' || typeof navigator.sendBeacon !== 'function') return;
    const view = pageViewOf(pathname, new URLSearchParams(window.location.search));
    if (!view) return;
    navigator.sendBeacon('/api/journey/page-view', new Blob([JSON.stringify(view)], { type: 'application/json' }));
  }, [pathname]);
  return null;
}
