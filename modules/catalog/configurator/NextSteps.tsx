import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Configuration, Household } from '../types';
import { nextStepHrefs } from './next-steps';

/** The natural next steps for this exact car, one click each (see next-steps.ts). */
export function NextSteps({ configuration, savedCode, household, className = '' }: { configuration: Configuration; savedCode?: string; household?: Household; className?: string }) {
  const t = useTranslations('nextSteps');
  return (
    <nav aria-label={t('label')} className={className} data-print="hide" data-testid="next-steps">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {nextStepHrefs(configuration, savedCode, household).map(({ step, href }) => (
          <li key={step}>
            <Link href={href} className="font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700" data-testid={`next-${step}`}>
              {t(step)}
            </Link>
          </li>
        ))}
        <li>
          {/* Opens the chat launcher (modules/chat listens for #advisor). */}
          <a href="#advisor" className="font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700" data-testid="next-advisor">
            {t('advisor')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
