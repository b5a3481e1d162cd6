import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';

export async function Footer() {
  const t = await getTranslations('footer');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      {/* Room at the bottom for the advisor launcher, fixed at the bottom right from sm up: it must not cover the links. */}
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between sm:px-6 sm:pb-24">
        <p>{t('tagline')}</p>
        <ul className="flex flex-wrap gap-4">
          <li><IntentLink href="/legal/mentions-legales" className="hover:underline">{t('legal')}</IntentLink></li>
          <li><IntentLink href="/legal/cgv" className="hover:underline">{t('terms')}</IntentLink></li>
          <li><IntentLink href="/legal/confidentialite" className="hover:underline">{t('privacy')}</IntentLink></li>
        </ul>
      </div>
    </footer>
  );
}
