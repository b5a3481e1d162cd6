import { getTranslations } from 'next-intl/server';

/** A plain GET form: works without JavaScript, on any device. */
export async function OpenByCodeForm() {
  const t = await getTranslations('garage');
  return (
    <form action="/g" method="get" className="flex max-w-md flex-wrap items-end gap-3" data-print="hide">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="open-code" className="text-sm font-medium text-slate-800">{t('codeLabel')}</label>
        <input
          id="open-code"
          name="code"
          required
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="open-code-hint"
          className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-base uppercase tracking-widest shadow-sm"
        />
        <p id="open-code-hint" className="text-sm text-slate-600">{t('codeHint')}</p>
      </div>
      <button type="submit" className="mb-7 rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">{t('openSubmit')}</button>
    </form>
  );
}
