'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
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
  // The button is disabled while saving, which drops the keyboard focus: the outcome takes it.
  const outcome = useRef<HTMLDivElement>(null);
  const [announce, setAnnounce] = useState(0);
  useEffect(() => {
    if (announce > 0) outcome.current?.focus();
  }, [announce]);

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveConfigurationAction(configuration);
      if (result.ok) setSaved(result.data);
      else setError(result.error.message);
      setAnnounce((n) => n + 1);
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
      <div ref={outcome} tabIndex={-1} className="outline-none focus-visible:outline-2" data-testid="save-outcome">
        {saved ? (
          <Alert tone="success">
            <span data-testid="saved-code-message">{t('saved', { code: saved.code })}</span>{' '}
            <Link href={`/g/${saved.code}`} className="font-medium underline">{t('openSaved')}</Link>
          </Alert>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
    </div>
  );
}
