'use client';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useHydrated } from '@/components/ui/use-hydrated';
import { isBackOffice, setChatOpen, useChatOpen } from './chat-open';

/**
 * "Parler à un conseiller" in the header on a phone (it covers nothing there; from `sm` up the
 * launcher floats instead). In the server HTML, disabled until hydration (pressed earlier, the
 * click would be lost), so the header has its final size from the first paint.
 */
export function PhoneChatButton() {
  const t = useTranslations('chat');
  const pathname = usePathname();
  const open = useChatOpen();
  const hydrated = useHydrated();
  if (isBackOffice(pathname)) return null;
  return (
    <button
      type="button"
      onClick={() => setChatOpen(!open)}
      aria-expanded={open}
      aria-controls="chat-panel"
      disabled={!hydrated}
      className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium text-slate-900 sm:hidden"
      data-testid="chat-launcher-phone"
    >
      {t('launcher')}
    </button>
  );
}
