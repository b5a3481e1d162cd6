'use client';
import { Children, useActionState, useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { callSalespersonAction, takeAwayAction } from '../actions';
import { KIOSK_IDLE_SECONDS } from '../kiosk';

/** Forgets everything the browser could keep about the last visitor (storage and readable cookies). */
function wipeDevice(): void {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split('; ')) {
    const name = cookie.split('=')[0];
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/**
 * The kiosk frame: full screen over the site's header and footer; after KIOSK_IDLE_SECONDS
 * without a touch it wipes the device and goes back to the attract loop.
 */
export function KioskShell({ dealership, idleSeconds = KIOSK_IDLE_SECONDS, children }: { dealership: string; idleSeconds?: number; children: ReactNode }) {
  useEffect(() => {
    let timer = window.setTimeout(reset, idleSeconds * 1000);
    function reset() {
      wipeDevice();
      window.location.assign(`/kiosk?dealership=${encodeURIComponent(dealership)}`);
    }
    const touch = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, idleSeconds * 1000);
    };
    const events = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, [dealership, idleSeconds]);
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-white text-lg [&_button]:min-h-12" data-testid="kiosk">
      {children}
    </div>
  );
}

/** The attract loop: the model stills one after the other until someone touches the screen. */
export function AttractLoop({ children, label }: { children: ReactNode; label: string }) {
  const slides = Children.toArray(children);
  const [index, setIndex] = useState(0);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (hidden) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % Math.max(1, slides.length)), 4000);
    return () => window.clearInterval(timer);
  }, [hidden, slides.length]);
  if (hidden) return null;
  return (
    <button type="button" onClick={() => setHidden(true)} className="fixed inset-0 z-30 flex flex-col items-center justify-center gap-6 bg-slate-950 p-8 text-white" data-testid="attract-loop">
      <div className="w-full max-w-4xl">{slides[index]}</div>
      <span className="animate-pulse text-3xl font-semibold">{label}</span>
    </button>
  );
}

/**
 * This kiosk screen's id: the server keeps one open call per id, so a double tap calls once. Held
 * in memory only (the kiosk keeps nothing in its storage, see wipeDevice); a reload starts anew.
 */
let screenId: string | null = null;
function kioskId(): string {
  screenId ??= crypto.randomUUID();
  return screenId;
}

/** "Take it with you" and "Call a salesperson", always within thumb's reach. */
export function KioskActions({ dealership }: { dealership: string }) {
  const t = useTranslations('continuity.kiosk');
  const onConfiguration = usePathname().startsWith('/kiosk/');
  const [qr, take, taking] = useActionState(async () => takeAwayAction(`${window.location.pathname}${window.location.search}`), null);
  const [call, callAction, calling] = useActionState(async (previous: Awaited<ReturnType<typeof callSalespersonAction>> | null, form: FormData) => {
    // The configuration on screen, as the configurator's own address, for the salesperson's tablet.
    form.set('configuration', window.location.pathname.replace(/^\/kiosk\//, '/configure/') + window.location.search.replace(/&?dealership=[^&]*/, ''));
    form.set('kioskId', kioskId());
    return callSalespersonAction(previous, form);
  }, null);
  return (
    <div className="sticky bottom-0 z-20 flex flex-wrap items-start gap-4 border-t border-slate-200 bg-white p-4 shadow-lg">
      {/* Only a configuration can be taken away: the welcome screen has none yet. */}
      {onConfiguration ? (
        <form action={take}>
          <button type="submit" disabled={taking} className="rounded-xl bg-slate-900 px-6 py-4 text-xl font-semibold text-white" data-testid="take-away">{t('takeAway')}</button>
        </form>
      ) : null}
      <form action={callAction}>
        <input type="hidden" name="dealership" value={dealership} />
        <button type="submit" disabled={calling} className="rounded-xl border-2 border-slate-900 px-6 py-4 text-xl font-semibold" data-testid="call-salesperson">{t('call')}</button>
      </form>
      {call?.ok ? <p role="status" className="self-center text-emerald-800">{t('called')}</p> : call && !call.ok ? <p role="alert" className="self-center text-red-700">{call.error.message}</p> : null}
      {qr?.ok ? (
        <figure className="flex items-center gap-4" data-testid="take-away-qr" data-url={qr.data.url}>
          <div className="h-40 w-40" role="img" aria-label={t('qrLabel')} dangerouslySetInnerHTML={{ __html: qr.data.svg }} />
          <figcaption className="max-w-xs text-base">{t('qrCaption')}</figcaption>
        </figure>
      ) : qr && !qr.ok ? <p role="alert" className="text-red-700">{qr.error.message}</p> : null}
    </div>
  );
}
