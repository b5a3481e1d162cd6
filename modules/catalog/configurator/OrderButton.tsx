'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { saveConfigurationAction } from '../server/actions';
import type { Configuration } from '../types';

/**
 * "Order": saves this exact car (its code is what the order starts from), then opens checkout.
 * `query` adds checkout parameters (the financing chosen on /financing); `label` and `testId` name that variant.
 */
export function OrderButton({ configuration, disabled, query, label, testId }: { configuration: Configuration; disabled: boolean; query?: string; label?: string; testId?: string }) {
  const t = useTranslations('nextSteps');
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const order = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveConfigurationAction(configuration);
      if (result.ok) window.location.assign(`/checkout?config=${result.data.code}${query ? `&${query}` : ''}`);
      else setError(result.error.message);
    });
  return (
    <div className="flex flex-col gap-2" data-print="hide">
      <Button onClick={order} disabled={pending || disabled} data-testid={testId ?? 'order-configuration'}>
        {label ?? t('order')}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
