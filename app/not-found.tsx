import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from '@/components/layout/error-panel';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('errors', 'notFoundTitle');

export default async function NotFound() {
  const t = await getTranslations('errors');
  return <ErrorPanel title={t('notFoundTitle')} lead={t('notFoundLead')} homeLabel={t('home')} />;
}
