import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';

const STEPS = ['model', 'place', 'time', 'driver'] as const;
export type StepName = (typeof STEPS)[number];

export async function Steps({ current }: { current: StepName }) {
  const t = await getTranslations('testDrive.steps');
  const index = STEPS.indexOf(current);
  return (
    <nav aria-label={t('label')} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === index ? 'step' : undefined}
            className={cx('rounded-full border px-3 py-1', i === index ? 'border-slate-900 bg-slate-900 text-white' : i < index ? 'border-slate-400 text-slate-800' : 'border-slate-200 text-slate-600')}
          >
            {i + 1}. {t(step)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
