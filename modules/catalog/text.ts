import { formatEuroAmount } from '@/lib/i18n/decimal';
import type { Localized } from './types';

/** Small FR/EN sentence helpers: every rule explanation is built from these. */

export const capitalize = (s: string): string => (s.length === 0 ? s : s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1));

export function map2(a: Localized, f: (s: string, lang: 'fr' | 'en') => string): Localized {
  return { fr: f(a.fr, 'fr'), en: f(a.en, 'en') };
}

/** "a, b et c" / "a, b and c". */
export function joinList(items: readonly Localized[]): Localized {
  const join = (xs: string[], and: string) =>
    xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
  return { fr: join(items.map((i) => i.fr), 'et'), en: join(items.map((i) => i.en), 'and') };
}

const WHOLE_EUROS = { maximumFractionDigits: 0 } as const;

/** Whole euros for explanations ("47 000 €" / "€47,000"); price display belongs to the UI. */
export function euros(cents: number): Localized {
  return { fr: formatEuroAmount(cents / 100, 'fr', WHOLE_EUROS), en: formatEuroAmount(cents / 100, 'en', WHOLE_EUROS) };
}

export const quoted = (code: string): Localized => ({ fr: `« ${code} »`, en: `"${code}"` });
