import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from '@/components/layout/error-panel';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return <ErrorPanel title={t('forbiddenTitle')} lead={t('forbiddenLead')} homeLabel={t('home')} />;
}
