'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { saveProfileAction } from '../actions';

type Props = {
  profile: { firstName: string | null; lastName: string | null; phone: string | null; street: string | null; postalCode: string | null; city: string | null; preferredDealershipId: string | null; contactByEmail: boolean; contactByPhone: boolean; contactBySms: boolean } | null;
  dealerships: Array<{ id: string; name: string; city: string }>;
  /** What the buyer already typed elsewhere (their last order), offered where the profile has nothing yet; kept only if they save. */
  suggested?: Partial<Record<ContactField, string>>;
};

type ContactField = 'firstName' | 'lastName' | 'phone' | 'street' | 'postalCode' | 'city';
const CONTACT_FIELDS: readonly ContactField[] = ['firstName', 'lastName', 'phone', 'street', 'postalCode', 'city'];

/** The buyer's profile: the same zod schema checks it on the server; errors come back per field. */
export function ProfileForm({ profile, dealerships, suggested = {} }: Props) {
  const t = useTranslations('continuity.profile');
  const [state, action, pending] = useActionState(saveProfileAction, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const err = (name: string) => (fields[name] ? t('invalid') : undefined);
  const value = (name: ContactField) => profile?.[name] ?? suggested[name] ?? '';
  const fromElsewhere = CONTACT_FIELDS.some((name) => !profile?.[name] && suggested[name]);
  return (
    <form action={action} className="grid grid-cols-1 gap-4 sm:grid-cols-2" data-testid="profile-form">
      {fromElsewhere ? <p className="text-sm text-slate-600 sm:col-span-2" data-testid="profile-suggested">{t('suggested')}</p> : null}
      <Field label={t('firstName')} name="firstName" defaultValue={value('firstName')} maxLength={100} error={err('firstName')} autoComplete="given-name" />
      <Field label={t('lastName')} name="lastName" defaultValue={value('lastName')} maxLength={100} error={err('lastName')} autoComplete="family-name" />
      <Field label={t('phone')} name="phone" type="tel" defaultValue={value('phone')} maxLength={32} error={err('phone')} autoComplete="tel" />
      <Field label={t('street')} name="street" defaultValue={value('street')} maxLength={200} error={err('street')} autoComplete="street-address" />
      <Field label={t('postalCode')} name="postalCode" defaultValue={value('postalCode')} maxLength={10} error={err('postalCode')} autoComplete="postal-code" inputMode="numeric" />
      <Field label={t('city')} name="city" defaultValue={value('city')} maxLength={100} error={err('city')} autoComplete="address-level2" />
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800 sm:col-span-2">
        {t('dealership')}
        <select name="preferredDealershipId" defaultValue={profile?.preferredDealershipId ?? ''} className="w-full min-w-0 rounded-lg border border-slate-300 px-3 py-2 text-base">
          <option value="">{t('noDealership')}</option>
          {dealerships.map((d) => (
            <option key={d.id} value={d.id}>{`${d.name} (${d.city})`}</option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-wrap gap-4 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('contact')}</legend>
        <label className="flex items-center gap-2"><input type="checkbox" name="contactByEmail" defaultChecked={profile?.contactByEmail ?? false} className="h-4 w-4" />{t('byEmail')}</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="contactByPhone" defaultChecked={profile?.contactByPhone ?? false} className="h-4 w-4" />{t('byPhone')}</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="contactBySms" defaultChecked={profile?.contactBySms ?? false} className="h-4 w-4" />{t('bySms')}</label>
      </fieldset>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>{t('save')}</Button>
        <p role="status" className="text-sm" data-testid="profile-status">
          {state?.ok ? t('saved') : state && !state.ok ? <span className="text-red-700">{state.error.message}</span> : null}
        </p>
      </div>
    </form>
  );
}
