'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { bookDriveAction } from '../actions';
import type { FormState } from '../form-state';

const FIELDS = [
  { name: 'firstName', type: 'text', autoComplete: 'given-name' },
  { name: 'lastName', type: 'text', autoComplete: 'family-name' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
  { name: 'birthDate', type: 'date', autoComplete: 'bday' },
  { name: 'licenceNumber', type: 'text', autoComplete: 'off' },
  { name: 'licenceIssuedOn', type: 'date', autoComplete: 'off' },
] as const;

const DATE_REASONS: Record<string, string> = { DRIVER_TOO_YOUNG: 'birthDate', BIRTH_DATE_INVALID: 'birthDate', LICENCE_DATE_INVALID: 'licenceIssuedOn' };

/** The driver's details; `hidden` carries the chosen model, place and time. */
const TIME_REASONS = new Set(['SLOT_TAKEN', 'BUYER_ALREADY_BOOKED', 'TOO_SOON', 'OUTSIDE_HORIZON', 'OUTSIDE_HOURS', 'CLOSED', 'OFF_GRID']);

/** `defaults`: what the signed-in buyer already gave (account, profile, last order), for them to check. */
export function DriverForm({ hidden, defaults, slotsHref, slotsLabel }: { hidden: Array<[string, string]>; defaults: Partial<Record<'firstName' | 'lastName' | 'email' | 'phone', string>>; slotsHref: string; slotsLabel: string }) {
  const t = useTranslations('testDrive.driver');
  const tf = useTranslations('fixes.driverFields');
  const [state, action, pending] = useActionState<FormState, FormData>(bookDriveAction, null);
  const failed = state && !state.ok ? state : null;
  // A date refused by a rule (a minor driver, a licence from the future) says that rule under the field, not « enter the date ».
  const ruleField = failed ? DATE_REASONS[failed.reason] : undefined;
  const badFields = new Set([...(failed?.fields ?? []), ...(ruleField ? [ruleField] : [])]);
  const fieldError = (name: string) => (name === ruleField ? failed?.message : badFields.has(name) ? tf(name) : undefined);
  const value = (name: string) => failed?.values?.[name] ?? (name in defaults ? defaults[name as keyof typeof defaults] : undefined) ?? '';
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      {hidden.map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {failed ? (
        <Alert tone="error" className="sm:col-span-2">
          {failed.message}
          {TIME_REASONS.has(failed.reason) ? (
            <>
              {' '}
              <a href={`${slotsHref}&error=${failed.reason}`} className="font-medium underline">
                {slotsLabel}
              </a>
            </>
          ) : null}
        </Alert>
      ) : null}
      {FIELDS.map((f) => (
        <Field
          key={`${f.name}-${failed ? 'retry' : 'first'}`}
          name={f.name}
          id={`driver-${f.name}`}
          type={f.type}
          autoComplete={f.autoComplete}
          label={t(f.name)}
          required
          defaultValue={value(f.name)}
          error={fieldError(f.name)}
        />
      ))}
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="driver-note" className="text-sm font-medium text-slate-800">
          {t('note')}
        </label>
        <textarea id="driver-note" name="note" rows={2} maxLength={1000} defaultValue={value('note')} className="rounded-lg border border-slate-300 px-3 py-2" />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
