'use client';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import { addMaintenanceAction, addTimeOffAction, removeMaintenanceAction, removeTimeOffAction, setCarActiveAction } from '../actions';
import { FormMessage, SelectField, SubmitButton, useFormAction } from './form-bits';

type Option = { id: string; label: string };

/** A blocking period (car maintenance or staff time off) entered in the dealership's local time. */
export function AddBlockForm({ kind, options, defaultStart, defaultEnd }: { kind: 'maintenance' | 'timeOff'; options: Option[]; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations('dealer.blocks');
  const { state, onSubmit, pending } = useFormAction(kind === 'maintenance' ? addMaintenanceAction : addTimeOffAction);
  const target = kind === 'maintenance' ? 'carId' : 'staffId';
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby={`add-${kind}`}>
      <h2 id={`add-${kind}`} className="text-lg font-semibold">{kind === 'maintenance' ? t('addMaintenance') : t('addTimeOff')}</h2>
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField name={target} id={`${kind}-${target}`} label={kind === 'maintenance' ? t('car') : t('staffMember')} required error={err(target)}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </SelectField>
        <Field name="start" id={`${kind}-start`} type="datetime-local" label={t('start')} defaultValue={defaultStart} required error={err('start')} />
        <Field name="end" id={`${kind}-end`} type="datetime-local" label={t('end')} defaultValue={defaultEnd} required error={err('end')} />
        <Field name="reason" id={`${kind}-reason`} label={t('reason')} maxLength={200} error={err('reason')} />
      </div>
      <SubmitButton pending={pending} className="self-start">{t('add')}</SubmitButton>
    </form>
  );
}

export function RemoveBlockButton({ kind, id, label }: { kind: 'maintenance' | 'timeOff'; id: string; label: string }) {
  const t = useTranslations('dealer.blocks');
  const { state, onSubmit, pending } = useFormAction(kind === 'maintenance' ? removeMaintenanceAction : removeTimeOffAction);
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="secondary">
        {t('remove')}<span className="sr-only"> {label}</span>
      </SubmitButton>
      {state.status === 'error' ? <span role="alert" className="text-sm text-red-700">{state.message}</span> : null}
    </form>
  );
}

export function CarActiveToggle({ carId, active, label }: { carId: string; active: boolean; label: string }) {
  const t = useTranslations('dealer.fleet');
  const { state, onSubmit, pending } = useFormAction(setCarActiveAction);
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="carId" value={carId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton pending={pending} variant="secondary">
        {active ? t('deactivate') : t('activate')}<span className="sr-only"> {label}</span>
      </SubmitButton>
      {state.status === 'error' ? <span role="alert" className="text-sm text-red-700">{state.message}</span> : null}
    </form>
  );
}
