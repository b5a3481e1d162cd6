'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { Proposal } from '../change';
import type { Locale } from '../types';

/** Shows what a change does before it is applied ("Ajouter X retire Y"); Escape or Annuler keeps the car as it is. */
export function ConflictDialog({ proposal, priceDeltaCents, onAccept, onCancel }: {
  proposal: Proposal | null;
  /** Client-side preview only; the total shown after applying comes from the server. */
  priceDeltaCents: number | null;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('configurator.conflict');
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (proposal && !dialog.open) dialog.showModal();
    if (!proposal && dialog.open) dialog.close();
  }, [proposal]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-summary"
      data-testid="conflict-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      {proposal ? (
        <div className="flex flex-col gap-4 p-6">
          <h2 id="conflict-title" className="text-xl font-semibold">{t('title')}</h2>
          <p id="conflict-summary" className="text-slate-800">{proposal.message[locale]}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {proposal.effects.map((effect) => (
              <li key={`${effect.kind}-${effect.subject}`}>{effect.message[locale]}</li>
            ))}
          </ul>
          {priceDeltaCents !== null && priceDeltaCents !== 0 ? (
            <p className="text-sm text-slate-700">
              {t('delta', { amount: format.number(priceDeltaCents / 100, { style: 'currency', currency: 'EUR', signDisplay: 'always' }) })}
            </p>
          ) : null}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={onCancel}>{t('cancel')}</Button>
            <Button autoFocus onClick={onAccept}>{t('accept')}</Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
