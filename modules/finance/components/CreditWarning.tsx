import { CreditWarning as Warning } from '@/components/legal/credit-warning';
import { CREDIT_WARNING } from '../legal';

/** The consumer-credit warning with finance's legal text (see components/legal/credit-warning.tsx). */
export function CreditWarning({ locale, className }: { locale: 'fr' | 'en'; className?: string }) {
  return <Warning text={CREDIT_WARNING.text} locale={locale} className={className} />;
}
