'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { saveConfigurationAction } from '../server/actions';
import type { Configuration } from '../types';

export function SaveToGarageButton({ configuration }: { configuration: Configuration }) {
  const t = useTranslations('home');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <Button
        variant="secondary"
        // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page body.
        aria-disabled={pending}
        onClick={() =>
          !pending &&
          startTransition(async () => {
            const result = await saveConfigurationAction(configuration);
            setMessage(result.ok ? { tone: 'success', text: t('saved', { code: result.data.code }) } : { tone: 'error', text: result.error.message });
          })
        }
      >
        {t('save')}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
