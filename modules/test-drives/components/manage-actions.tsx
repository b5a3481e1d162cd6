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

/** New times for a drive: picking one asks for a confirmation, which moves it (re-checked on the server). */
export function RescheduleForm({ token, days }: { token: string; days: SlotDayChoice[] }) {
  const t = useTranslations('testDrive');
  const tf = useTranslations('fixes.reschedule');
  const [state, action, pending] = useActionState<FormState, FormData>(moveWithTokenAction, null);
  const [chosen, setChosen] = useState<{ start: string; day: string; time: string } | null>(null);
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
              <Button
                key={slot.start}
                type="button"
                variant={chosen?.start === slot.start ? 'primary' : 'secondary'}
                size="sm"
                disabled={pending}
                aria-pressed={chosen?.start === slot.start}
                aria-label={t('slots.pick', { day: day.label, time: slot.time })}
                onClick={() => setChosen({ start: slot.start, day: day.label, time: slot.time })}
              >
                {slot.time}
              </Button>
            ))}
          </div>
        </fieldset>
      ))}
      {chosen ? (
        <div role="group" aria-labelledby="reschedule-confirm" className="sticky bottom-0 flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-lg" data-testid="reschedule-confirm">
          <p id="reschedule-confirm" className="font-medium">{tf('question', { day: chosen.day, time: chosen.time })}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="start" value={chosen.start} disabled={pending}>{tf('confirm')}</Button>
            <Button type="button" variant="secondary" onClick={() => setChosen(null)} disabled={pending}>{tf('keep')}</Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
