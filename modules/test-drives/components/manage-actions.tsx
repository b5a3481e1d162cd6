'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cancelWithTokenAction, moveWithTokenAction } from '../actions';
import type { FormState } from '../form-state';

export function CancelDriveForm({ token }: { token: string }) {
  const t = useTranslations('testDrive.manage');
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(cancelWithTokenAction, null);
  if (!asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        {t('cancel')}
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <p>{t('cancelQuestion')}</p>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="flex gap-3">
        <Button type="submit" variant="danger" disabled={pending}>
          {t('cancelConfirm')}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setAsking(false)}>
          {t('back')}
        </Button>
      </div>
    </form>
  );
}

export type SlotChoice = { start: string; label: string; time: string };
export type SlotDayChoice = { date: string; label: string; slots: SlotChoice[] };

/** New times for a drive, each a button that moves it (re-checked on the server). */
export function RescheduleForm({ token, days }: { token: string; days: SlotDayChoice[] }) {
  const t = useTranslations('testDrive');
  const [state, action, pending] = useActionState<FormState, FormData>(moveWithTokenAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="reschedule-slots">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {days.length === 0 ? <p>{t('slots.none')}</p> : null}
      {days.map((day) => (
        <fieldset key={day.date} className="flex flex-col gap-2">
          <legend className="mb-1 font-medium">{day.label}</legend>
          <div className="flex flex-wrap gap-2">
            {day.slots.map((slot) => (
              <Button key={slot.start} type="submit" name="start" value={slot.start} variant="secondary" size="sm" disabled={pending} aria-label={t('slots.pick', { day: day.label, time: slot.time })}>
                {slot.time}
              </Button>
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  );
}
