'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { saveConfigurationAction } from '../server/actions';
import type { Configuration } from '../types';

/** Saves to the garage (guest or account) and offers the link of this exact car. */
export function SaveAndShare({ configuration, disabled }: { configuration: Configuration; disabled: boolean }) {
  const t = useTranslations('configurator.save');
  const [pending, startTransition] = useTransition();
  const [saved, setSaved] = useState<{ code: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveConfigurationAction(configuration);
      if (result.ok) setSaved(result.data);
      else setError(result.error.message);
    });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="flex flex-col gap-3" data-print="hide">
      <div className="flex flex-wrap gap-3">
        <Button onClick={save} disabled={pending || disabled} data-testid="save-configuration">
          {pending ? t('saving') : t('save')}
        </Button>
        <Button variant="secondary" onClick={copy}>{t('copyLink')}</Button>
      </div>
      {copied ? <p role="status" className="text-sm text-slate-700">{t('copied')}</p> : null}
      {saved ? (
        <Alert tone="success">
          <span data-testid="saved-code-message">{t('saved', { code: saved.code })}</span>{' '}
          <Link href={`/g/${saved.code}`} className="font-medium underline">{t('openSaved')}</Link>
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
