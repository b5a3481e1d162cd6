import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/**
 * A page's `generateMetadata` that names it after its own heading's message, so tabs, history,
 * bookmarks and screen readers tell pages apart (WCAG 2.4.2); the root layout's template adds
 * « · Virage ».
 */
export function titled(namespace: string, key: string) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations(namespace);
    return { title: t(key) };
  };
}
