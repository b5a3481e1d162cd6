'use client';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import type { SlotView } from '@/modules/test-drives/types';
import { createDriveAction } from '../actions';
import { FormMessage, SelectField, SubmitButton, TextAreaField, useFormAction } from './form-bits';

type Props = {
  modelCode: string;
  kind: 'showroom' | 'home';
  durationMinutes: number;
  home: { street: string; postalCode: string; city: string };
  slots: SlotView[];
  /** the customer's details when booking from their file on the showroom tablet */
  prefill?: { firstName: string; lastName: string; email: string; phone: string } | null;
};

/** Step 2: pick one of the free slots listed by the server and enter the driver's details. */
export function CreateDriveForm({ modelCode, kind, durationMinutes, home, slots, prefill }: Props) {
  const t = useTranslations('dealer.create');
  const { state, onSubmit, pending } = useFormAction(createDriveAction);
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" aria-labelledby="create-step-2">
      <h2 id="create-step-2" className="text-xl font-semibold">{t('step2')}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="modelCode" value={modelCode} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="durationMinutes" value={durationMinutes} />
      <input type="hidden" name="home.street" value={home.street} />
      <input type="hidden" name="home.postalCode" value={home.postalCode} />
      <input type="hidden" name="home.city" value={home.city} />
      <fieldset aria-describedby={err('start') ? 'start-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('slot')}</legend>
        <div className="flex flex-wrap gap-2">
          {slots.map((slot, i) => (
            <label key={slot.start} className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600">
              <input type="radio" name="start" value={slot.start} required defaultChecked={i === 0} className="sr-only" />
              {slot.localTime}
            </label>
          ))}
        </div>
        {err('start') ? <p id="start-error" className="mt-1 text-sm text-red-700">{err('start')}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="driver.firstName" defaultValue={prefill?.firstName} label={t('firstName')} autoComplete="off" required maxLength={80} error={err('driver.firstName')} />
        <Field name="driver.lastName" defaultValue={prefill?.lastName} label={t('lastName')} autoComplete="off" required maxLength={80} error={err('driver.lastName')} />
        <Field name="driver.email" defaultValue={prefill?.email} type="email" label={t('email')} autoComplete="off" required error={err('driver.email')} />
        <Field name="driver.phone" defaultValue={prefill?.phone} type="tel" label={t('phone')} autoComplete="off" required error={err('driver.phone')} />
        <Field name="driver.licenceNumber" label={t('licenceNumber')} required error={err('driver.licenceNumber')} />
        <Field name="driver.licenceIssuedOn" type="date" label={t('licenceIssuedOn')} required error={err('driver.licenceIssuedOn')} />
        <Field name="driver.birthDate" type="date" label={t('birthDate')} required error={err('driver.birthDate')} />
        <SelectField name="channel" label={t('channel')} defaultValue={prefill ? 'showroom' : 'phone'} error={err('channel')}>
          <option value="phone">{t('channelPhone')}</option>
          <option value="showroom">{t('channelShowroom')}</option>
        </SelectField>
        <SelectField name="locale" label={t('locale')} defaultValue="fr" error={err('locale')}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <TextAreaField name="note" label={t('note')} rows={3} maxLength={1000} error={err('note')} />
      <SubmitButton pending={pending} className="self-start">{t('submit')}</SubmitButton>
    </form>
  );
}
