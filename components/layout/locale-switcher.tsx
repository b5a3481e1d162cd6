import { getLocale, getTranslations } from 'next-intl/server';
import { switchLocale } from '@/lib/i18n/actions';
import { locales } from '@/lib/i18n/config';
import { cx } from '@/components/ui/cx';

const labels = { fr: 'FR', en: 'EN' } as const;
const names = { fr: 'Français', en: 'English' } as const;

export async function LocaleSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations('nav');
  return (
    <form action={switchLocale} className="flex items-center gap-1" aria-label={t('language')}>
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-label={`${labels[l]} (${names[l]})`}
          aria-pressed={l === locale}
          className={cx('rounded px-2 py-1 text-sm font-medium', l === locale ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100')}
        >
          {labels[l]}
        </button>
      ))}
    </form>
  );
}
