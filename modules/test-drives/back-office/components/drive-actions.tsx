'use client';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import type { DriveStatus } from '@/modules/test-drives/types';
import { cancelDriveAction, checkInAction, finishDriveAction, moveDriveAction, noShowAction, startDriveAction } from '../actions';
import { CheckboxField, FormMessage, SubmitButton, TextAreaField, useFormAction } from './form-bits';

type Props = { driveId: string; status: DriveStatus; startPassed: boolean; moveDefault: string };

/** The next steps of a drive, depending on where it is in its day. */
export function DriveActions({ driveId, status, startPassed, moveDefault }: Props) {
  const t = useTranslations('dealer.drive');
  return (
    <div className="grid gap-4">
      {status === 'scheduled' ? <CheckInForm driveId={driveId} /> : null}
      {status === 'checked_in' ? <StartForm driveId={driveId} /> : null}
      {status === 'in_progress' ? <FinishForm driveId={driveId} /> : null}
      {(status === 'scheduled' || status === 'checked_in') && startPassed ? <NoShowForm driveId={driveId} /> : null}
      {status === 'scheduled' ? <MoveForm driveId={driveId} moveDefault={moveDefault} /> : null}
      {status === 'scheduled' || status === 'checked_in' ? <CancelForm driveId={driveId} /> : null}
      {status === 'completed' || status === 'no_show' || status === 'cancelled' ? <p className="text-slate-700">{t('closed')}</p> : null}
    </div>
  );
}

function CheckInForm({ driveId }: { driveId: string }) {
  const t = useTranslations('dealer.drive');
  const { state, onSubmit, pending } = useFormAction(checkInAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="check-in-title">
        <h2 id="check-in-title" className="text-lg font-semibold">{t('checkInTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <CheckboxField name="licenceSeen" label={t('licenceSeen')} error={state.fieldErrors?.licenceSeen} />
        <SubmitButton pending={pending} className="self-start">{t('checkIn')}</SubmitButton>
      </form>
    </Card>
  );
}

function StartForm({ driveId }: { driveId: string }) {
  const t = useTranslations('dealer.drive');
  const { state, onSubmit, pending } = useFormAction(startDriveAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="start-title">
        <h2 id="start-title" className="text-lg font-semibold">{t('startTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <Field name="startMileageKm" label={t('startMileage')} inputMode="numeric" hint={t('optional')} error={state.fieldErrors?.startMileageKm} className="max-w-xs" />
        <SubmitButton pending={pending} className="self-start">{t('start')}</SubmitButton>
      </form>
    </Card>
  );
}

function FinishForm({ driveId }: { driveId: string }) {
  const t = useTranslations('dealer.drive');
  const tf = useTranslations('fixes.drive');
  const { state, onSubmit, pending } = useFormAction(finishDriveAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="finish-title">
        <h2 id="finish-title" className="text-lg font-semibold">{t('finishTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <Field name="finishMileageKm" label={t('finishMileage')} inputMode="numeric" required error={state.fieldErrors?.finishMileageKm} className="max-w-xs" />
        <TextAreaField name="notes" label={t('notes')} rows={4} maxLength={2000} hint={t('notesHint')} error={state.fieldErrors?.notes} />
        <div className="flex flex-col gap-2">
          <CheckboxField name="mileageConfirmed" label={tf('mileageConfirmed')} />
          <Field name="mileageOverrideReason" label={tf('overrideReason')} maxLength={300} hint={tf('overrideHint')} error={state.fieldErrors?.mileageOverrideReason} />
        </div>
        <SubmitButton pending={pending} className="self-start">{t('finish')}</SubmitButton>
      </form>
    </Card>
  );
}

function NoShowForm({ driveId }: { driveId: string }) {
  const t = useTranslations('dealer.drive');
  const { state, onSubmit, pending } = useFormAction(noShowAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="no-show-title">
        <h2 id="no-show-title" className="text-lg font-semibold">{t('noShowTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <p className="text-sm text-slate-700">{t('noShowLead')}</p>
        <SubmitButton pending={pending} variant="secondary" className="self-start">{t('noShow')}</SubmitButton>
      </form>
    </Card>
  );
}

function MoveForm({ driveId, moveDefault }: { driveId: string; moveDefault: string }) {
  const t = useTranslations('dealer.drive');
  const { state, onSubmit, pending } = useFormAction(moveDriveAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="move-title">
        <h2 id="move-title" className="text-lg font-semibold">{t('moveTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <Field name="start" type="datetime-local" label={t('newStart')} defaultValue={moveDefault} required error={state.fieldErrors?.start} hint={t('moveHint')} className="max-w-xs" />
        <SubmitButton pending={pending} variant="secondary" className="self-start">{t('move')}</SubmitButton>
      </form>
    </Card>
  );
}

function CancelForm({ driveId }: { driveId: string }) {
  const t = useTranslations('dealer.drive');
  const { state, onSubmit, pending } = useFormAction(cancelDriveAction);
  return (
    <Card>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby="cancel-title">
        <h2 id="cancel-title" className="text-lg font-semibold">{t('cancelTitle')}</h2>
        <FormMessage state={state} />
        <input type="hidden" name="driveId" value={driveId} />
        <Field name="reason" label={t('cancelReason')} maxLength={300} hint={t('optional')} error={state.fieldErrors?.reason} />
        <SubmitButton pending={pending} variant="danger" className="self-start">{t('cancel')}</SubmitButton>
      </form>
    </Card>
  );
}
