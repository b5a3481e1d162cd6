'use client';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import { updateSettingsAction, updateStaffHoursAction } from '../actions';
import { WEEKDAY_KEYS, type WeekdayKey } from '../hours';
import { FormMessage, SelectField, SubmitButton, useFormAction } from './form-bits';

type WeekText = Record<WeekdayKey, string>;

function WeekFields({ prefix, idPrefix, values, errors }: { prefix: string; idPrefix: string; values: WeekText; errors?: Record<string, string> }) {
  const t = useTranslations('dealer.hours');
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="mb-2 text-sm text-slate-700">{t('legend')}</legend>
      {WEEKDAY_KEYS.map((day) => (
        <Field
          key={day}
          id={`${idPrefix}-${day}`}
          name={`${prefix}.${day}`}
          label={t(`days.${day}`)}
          defaultValue={values[day]}
          placeholder={t('closed')}
          error={errors?.[`${prefix}.${day}`]}
        />
      ))}
    </fieldset>
  );
}

export function StaffHoursForm({ staffId, name, hours }: { staffId: string; name: string; hours: WeekText }) {
  const t = useTranslations('dealer.staff');
  const { state, onSubmit, pending } = useFormAction(updateStaffHoursAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('hoursOf', { name })}>
      <FormMessage state={state} />
      <input type="hidden" name="staffId" value={staffId} />
      <WeekFields prefix="hours" idPrefix={`hours-${staffId}`} values={hours} errors={state.fieldErrors} />
      <SubmitButton pending={pending} className="self-start">
        {t('saveHours')}<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}

export type SettingsValues = {
  openingHours: WeekText;
  closures: string;
  homeDriveRadiusKm: number;
  prepBufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
};

export function SettingsForm({ values }: { values: SettingsValues }) {
  const t = useTranslations('dealer.settings');
  const { state, onSubmit, pending } = useFormAction(updateSettingsAction);
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6">
      <FormMessage state={state} />
      <section aria-labelledby="opening-title" className="flex flex-col gap-3">
        <h2 id="opening-title" className="text-lg font-semibold">{t('openingHours')}</h2>
        <WeekFields prefix="openingHours" idPrefix="opening" values={values.openingHours} errors={state.fieldErrors} />
      </section>
      <section aria-labelledby="rules-title" className="flex flex-col gap-3">
        <h2 id="rules-title" className="text-lg font-semibold">{t('rules')}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field name="homeDriveRadiusKm" label={t('homeRadius')} type="number" min={0} max={200} defaultValue={values.homeDriveRadiusKm} required error={err('homeDriveRadiusKm')} />
          <Field name="prepBufferMinutes" label={t('prepBuffer')} type="number" min={0} max={240} defaultValue={values.prepBufferMinutes} required hint={t('prepBufferHint')} error={err('prepBufferMinutes')} />
          <Field name="minNoticeMinutes" label={t('minNotice')} type="number" min={0} max={10080} defaultValue={values.minNoticeMinutes} required error={err('minNoticeMinutes')} />
          <Field name="horizonDays" label={t('horizon')} type="number" min={1} max={365} defaultValue={values.horizonDays} required error={err('horizonDays')} />
          <SelectField name="slotStepMinutes" label={t('slotStep')} defaultValue={String(values.slotStepMinutes)} error={err('slotStepMinutes')}>
            {[10, 15, 20, 30, 60].map((m) => <option key={m} value={m}>{t('minutes', { count: m })}</option>)}
          </SelectField>
        </div>
      </section>
      <section aria-labelledby="closures-title" className="flex flex-col gap-3">
        <h2 id="closures-title" className="text-lg font-semibold">{t('closures')}</h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="closures" className="text-sm font-medium text-slate-800">{t('closuresLabel')}</label>
          <textarea id="closures" name="closures" rows={4} defaultValue={values.closures} aria-describedby={err('closures') ? 'closures-hint closures-error' : 'closures-hint'} aria-invalid={err('closures') ? true : undefined} className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm" />
          <p id="closures-hint" className="text-sm text-slate-600">{t('closuresHint')}</p>
          {err('closures') ? <p id="closures-error" className="text-sm text-red-700">{err('closures')}</p> : null}
        </div>
      </section>
      <SubmitButton pending={pending} className="self-start">{t('save')}</SubmitButton>
    </form>
  );
}
