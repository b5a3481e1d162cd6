'use client';
import { useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { IntentLink } from '@/components/ui/intent-link';
import { usePathname } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { MEASUREMENT_COOKIE, measurementCookie, parseMeasurementChoice, type MeasurementChoice } from '../consent';

const listeners = new Set<() => void>();
const read = (): MeasurementChoice | null => parseMeasurementChoice(document.cookie.split('; ').find((c) => c.startsWith(`${MEASUREMENT_COOKIE}=`))?.split('=')[1]);
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Measurement consent: first-party cookie only, no third-party tracker. Refusing is one click like
 * accepting; without a choice nothing non-essential is recorded. Hidden on the kiosk (a shared
 * device records no visitor's choice).
 */
export function ConsentBanner({ initial }: { initial: MeasurementChoice | null }) {
  const t = useTranslations('continuity.banner');
  // The server read the cookie too (initial): the banner is in the first paint, nothing shifts after hydration.
  const choice = useSyncExternalStore(subscribe, read, () => initial);
  const path = usePathname();
  if (choice !== null || path.startsWith('/kiosk')) return null;
  const choose = (value: MeasurementChoice) => {
    document.cookie = measurementCookie(value);
    listeners.forEach((l) => l());
  };
  return (
    // On a phone the text takes the whole width with the buttons under it: squeezed beside them it
    // was 350 px tall and pushed the configurator's car under its price bar.
    <div role="region" aria-label={t('label')} className="border-b border-slate-200 bg-slate-50 p-3 sm:p-4" data-testid="consent-banner">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 sm:gap-3">
        <p className="w-full text-xs text-slate-800 sm:w-auto sm:flex-1 sm:text-sm">
          {t('text')} <IntentLink href="/legal/confidentialite" className="underline">{t('more')}</IntentLink>
        </p>
        {/* Design-system buttons: disabled until hydrated, so an early click is never silently lost. */}
        <Button type="button" variant="secondary" size="sm" onClick={() => choose('denied')} className="sm:py-2">{t('refuse')}</Button>
        <Button type="button" size="sm" onClick={() => choose('granted')} className="sm:py-2">{t('accept')}</Button>
      </div>
    </div>
  );
}
