import { CREDIT_WARNING } from '../legal';

/**
 * The consumer-credit warning (Code de la consommation art. L312-5, in force since 20 Nov. 2026):
 * prescribed in French, so the French text is always shown (marked lang="fr"), with a translation
 * for English visitors; bold and framed because Directive 2023/2225 art. 8(1) wants it prominent.
 */
export function CreditWarning({ locale, className = '' }: { locale: 'fr' | 'en'; className?: string }) {
  return (
    <div role="note" data-testid="credit-warning" className={`rounded-lg border-2 border-slate-900 px-3 py-2 ${className}`}>
      <p lang="fr" className="text-base font-bold text-slate-900">{CREDIT_WARNING.text.fr}</p>
      {locale === 'en' ? <p className="text-sm text-slate-700">{CREDIT_WARNING.text.en}</p> : null}
    </div>
  );
}
