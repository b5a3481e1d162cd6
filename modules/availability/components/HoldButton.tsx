'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { releaseHoldAction, reserveVehicleAction, type HoldView } from '../actions';
import { HOLD_DURATION_MINUTES } from '../holds';
import { withSiteDates } from '@/lib/i18n/format';

const HOLDS_RELEASED_EVENT = 'virage:holds-released';

/** Holds a stock vehicle for the visitor; the server decides who gets it. */
export function HoldButton({ vehicleId, label, initialHold }: { vehicleId: string; label: string; initialHold: HoldView | null }) {
  const t = useTranslations('availability');
  const to = useTranslations('nextSteps');
  const tf = useTranslations('fixes.holds');
  const format = withSiteDates(useFormatter(), useLocale());
  const [hold, setHold] = useState<HoldView | null>(initialHold);
  const router = useRouter();
  // When the page is re-rendered on the server (after a hold or a release, or when a new guest's
  // cookie refreshes it), the hold it found wins; this card's message stays.
  const [serverHoldId, setServerHoldId] = useState(initialHold?.id ?? null);
  if ((initialHold?.id ?? null) !== serverHoldId) {
    setServerHoldId(initialHold?.id ?? null);
    setHold(initialHold);
  }
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  // A buyer keeps one hold: when another card takes a hold that released this one, this card shows it.
  useEffect(() => {
    const onReleased = (event: Event) => {
      const released = (event as CustomEvent<string[]>).detail;
      if (!released.includes(vehicleId)) return;
      setHold(null);
      setMessage({ tone: 'info', text: tf('releasedByNewHold') });
    };
    window.addEventListener(HOLDS_RELEASED_EVENT, onReleased);
    return () => window.removeEventListener(HOLDS_RELEASED_EVENT, onReleased);
  }, [vehicleId, tf]);

  const reserve = () =>
    startTransition(async () => {
      const result = await reserveVehicleAction(vehicleId);
      if (result.ok) {
        setHold(result.data);
        const released = result.data.releasedVehicleIds;
        setMessage(released.length > 0 ? { tone: 'info', text: tf('previousReleased') } : null);
        if (released.length > 0) window.dispatchEvent(new CustomEvent(HOLDS_RELEASED_EVENT, { detail: released }));
        // The "your holds" box above the results is rendered on the server.
        router.refresh();
      } else setMessage({ tone: 'error', text: result.error.message });
    });
  const release = () =>
    startTransition(async () => {
      if (!hold) return;
      const result = await releaseHoldAction(hold.id);
      setHold(null);
      setMessage(result.ok ? { tone: 'info', text: t('released') } : { tone: 'error', text: result.error.message });
      if (result.ok) router.refresh();
    });

  return (
    <div className="flex flex-col items-start gap-2" data-testid={`hold-${vehicleId}`}>
      {hold ? (
        <>
          <p className="font-medium text-emerald-800" role="status">
            {t('held', { time: format.dateTime(new Date(hold.expiresAt), 'time') })}
          </p>
          <p className="text-sm text-slate-600">{t('heldLead', { minutes: HOLD_DURATION_MINUTES })}</p>
          <Link href={`/checkout?vehicle=${encodeURIComponent(vehicleId)}`} className="rounded-lg bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800" data-testid="order-held">
            {to('order')}
          </Link>
          <Button variant="secondary" size="sm" onClick={release} disabled={pending}>
            {t('release')}
          </Button>
        </>
      ) : (
        <Button size="sm" onClick={reserve} disabled={pending} aria-label={`${t('hold')} – ${label}`}>
          {pending ? t('holding') : t('hold')}
        </Button>
      )}
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-700' : 'text-sm text-slate-700'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
