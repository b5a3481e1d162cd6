import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from '@/components/layout/error-panel';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return <ErrorPanel title={t('notFoundTitle')} lead={t('notFoundLead')} homeLabel={t('home')} />;
}
