'use client';
import { useTranslations } from 'next-intl';

export const STEPS = ['trim', 'paint', 'wheels', 'interior', 'equipment', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** Every step stays reachable in any order; the current one is announced as such. */
export function StepNav({ current, onSelect }: { current: Step; onSelect: (step: Step) => void }) {
  const t = useTranslations('configurator');
  return (
    <nav aria-label={t('stepsLabel')} data-print="hide">
      <ol className="flex gap-1 overflow-x-auto pb-1">
        {STEPS.map((step, i) => (
          <li key={step} className="shrink-0">
            <button
              type="button"
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onSelect(step)}
              className="rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 aria-[current=step]:border-slate-900 aria-[current=step]:bg-slate-900 aria-[current=step]:text-white"
            >
              <span aria-hidden>{i + 1}. </span>
              {t(`steps.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
