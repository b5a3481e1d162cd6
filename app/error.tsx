'use client';
import { useTranslations } from 'next-intl';
import { ErrorPanel } from '@/components/layout/error-panel';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <ErrorPanel title={t('genericTitle')} lead={t('genericLead')} homeLabel={t('home')}>
      <button type="button" onClick={reset} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white">
        {t('retry')}
      </button>
    </ErrorPanel>
  );
}
