import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';
import { getViewer, homeFor } from '@/lib/session';
import type { ReactNode } from 'react';
import { LocaleSwitcher } from './locale-switcher';
import { SignOutButton } from './sign-out-button';

/** `phoneChat`: the chat launcher's phone button (the root layout passes it: the chat is a module above this layer). */
export async function Header({ phoneChat }: { phoneChat?: ReactNode }) {
  const t = await getTranslations('nav');
  const viewer = await getViewer();
  const member = viewer && !viewer.isGuest ? viewer : null;
  const area = member && member.role !== 'customer' ? homeFor(member.role) : null;
  const areaLabel = member?.role === 'advisor' ? t('advisor') : member?.role === 'admin' ? t('admin') : t('dealer');
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <IntentLink href="/" className="text-xl font-bold tracking-tight text-slate-900">
          Virage
        </IntentLink>
        <nav aria-label={t('menu')} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium text-slate-700">
            <li><IntentLink href="/#lineup" className="hover:text-slate-950">{t('models')}</IntentLink></li>
            <li><IntentLink href="/test-drive" className="hover:text-slate-950">{t('testDrive')}</IntentLink></li>
            <li><IntentLink href="/garage" className="hover:text-slate-950">{t('garage')}</IntentLink></li>
            <li><IntentLink href="/orders" className="hover:text-slate-950">{t('orders')}</IntentLink></li>
            {area ? <li><IntentLink href={area} className="hover:text-slate-950">{areaLabel}</IntentLink></li> : null}
          </ul>
        </nav>
        {/* Wraps on a phone: launcher, languages, account and sign-out do not fit one 390 px line. */}
        <div className="flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-2">
          {/* On a phone the chat launcher sits here (in the flow, covering nothing), in the server HTML. */}
          {phoneChat}
          <LocaleSwitcher />
          {member ? (
            <>
              {/* A long name (accounts made before names were bounded) is cut, not allowed to widen the header. */}
              <IntentLink href="/account" className="max-w-[8rem] truncate text-sm font-medium text-slate-700 hover:text-slate-950 sm:max-w-[16rem]" title={member.name || member.email} data-testid="account-link">
                {/* An account made by magic link has no name yet: its address stands in (never an empty link). */}
                {member.name || member.email}
              </IntentLink>
              <SignOutButton label={t('signOut')} />
            </>
          ) : (
            <IntentLink href="/sign-in" className="rounded-lg bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
              {t('signIn')}
            </IntentLink>
          )}
        </div>
      </div>
    </header>
  );
}
