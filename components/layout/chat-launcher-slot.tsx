import { getTranslations } from 'next-intl/server';

/** Where the live-advisor chat mounts; until it ships, it tells buyers when advisors answer. */
export async function ChatLauncherSlot() {
  const t = await getTranslations('nav');
  return (
    <div id="chat-launcher" data-print="hide" className="fixed bottom-4 right-4 z-40">
      <details className="group">
        <summary className="cursor-pointer list-none rounded-full bg-slate-900 px-4 py-3 text-sm font-medium text-white shadow-lg hover:bg-slate-700">
          {t('chat')}
        </summary>
        <p className="absolute bottom-14 right-0 w-64 rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800 shadow-lg">{t('chatSoon')}</p>
      </details>
    </div>
  );
}
