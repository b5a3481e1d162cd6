'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { deleteAccountAction, deleteSavedAction, renameSavedAction } from '../actions';

/** Rename and delete one saved configuration of the buyer's garage. */
export function SavedCarActions({ code, title }: { code: string; title: string }) {
  const t = useTranslations('continuity.account');
  const [renamed, rename, renaming] = useActionState(renameSavedAction, null);
  const [deleted, remove, removing] = useActionState(deleteSavedAction, null);
  const failure = (renamed && !renamed.ok ? renamed.error.message : null) ?? (deleted && !deleted.ok ? deleted.error.message : null);
  return (
    <div className="flex flex-col gap-2">
      <form action={rename} className="flex gap-2">
        <input type="hidden" name="code" value={code} />
        <label className="sr-only" htmlFor={`title-${code}`}>{t('rename')}</label>
        <input id={`title-${code}`} name="title" defaultValue={title} maxLength={100} required className="min-w-0 flex-1 rounded-lg border border-slate-300 px-2 py-1 text-sm" />
        <Button type="submit" size="sm" variant="secondary" disabled={renaming}>{t('rename')}</Button>
      </form>
      <form action={remove}>
        <input type="hidden" name="code" value={code} />
        <Button type="submit" size="sm" variant="ghost" disabled={removing} data-testid={`delete-saved-${code}`}>{t('deleteSaved')}</Button>
      </form>
      {failure ? <p role="alert" className="text-sm text-red-700">{failure}</p> : null}
    </div>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('continuity.account');
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="delete-account">
      <p className="text-sm text-slate-700">{t('deleteExplain')}</p>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('deleteConfirm')}
        <input name="confirm" autoComplete="off" maxLength={20} className="rounded-lg border border-slate-300 px-3 py-2 text-base" />
      </label>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>{t('deleteAccount')}</Button>
      </div>
      {state && !state.ok ? <p role="alert" className="text-sm text-red-700">{state.error.message}</p> : null}
    </form>
  );
}
