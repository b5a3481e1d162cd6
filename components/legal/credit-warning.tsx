/**
 * The consumer-credit warning (Code de la consommation art. L312-5, in force since 20 Nov. 2026):
 * prescribed in French, so the French text is always shown (marked lang="fr"), with a translation
 * for English visitors; bold and framed because Directive 2023/2225 art. 8(1) wants it prominent.
 * The text itself is finance's (modules/finance/legal.ts CREDIT_WARNING), passed in by the caller.
 */
export function CreditWarning({ text, locale, className = '' }: { text: { fr: string; en: string }; locale: 'fr' | 'en'; className?: string }) {
  return (
    <div role="note" data-testid="credit-warning" className={`rounded-lg border-2 border-slate-900 px-3 py-2 ${className}`}>
      <p lang="fr" className="text-base font-bold text-slate-900">
        {text.fr}
      </p>
      {locale === 'en' ? <p className="text-sm text-slate-700">{text.en}</p> : null}
    </div>
  );
}
