import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDecimal } from '@/lib/i18n/decimal';
import { formatLocale } from '@/lib/i18n/format';
import { REPORTED_STEPS } from '../questions';
import type { StepScores } from '../scores';
import type { Verbatim } from '../server/report';
import { withSiteDates } from '@/lib/i18n/format';

type Props = { scores: readonly StepScores[]; verbatims: readonly Verbatim[]; dealershipName: (id: string) => string | null; modelName: (code: string) => string };


/** CSAT and NPS per step (ours, the test drive's, the chat's), and the customers' newest comments. */
export async function SatisfactionReport({ scores, verbatims, dealershipName, modelName }: Props) {
  const t = await getTranslations('surveys.report');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const locale = formatLocale(await getLocale());
  // « 4,0 / 5 » and « 80 % » in French, « 4.0 / 5 » and « 80% » in English.
  const csat = (x: number) => `${formatDecimal(x, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} / 5`;
  const pct = (x: number | null) => (x === null ? '—' : locale === 'fr' ? `${Math.round(x * 100)}\u00a0%` : `${Math.round(x * 100)}%`);
  const byStep = new Map(scores.map((s) => [s.step, s]));
  return (
    <section aria-labelledby="satisfaction-title" className="flex flex-col gap-4" data-testid="satisfaction">
      <h2 id="satisfaction-title" className="text-lg font-semibold">{t('title')}</h2>
      <table className="w-full text-left text-sm">
        <thead><tr><th scope="col">{t('step')}</th><th scope="col">{t('responses')}</th><th scope="col">{t('csat')}</th><th scope="col">{t('satisfied')}</th><th scope="col">{t('nps')}</th></tr></thead>
        <tbody>
          {REPORTED_STEPS.map((step) => {
            const s = byStep.get(step);
            return (
              <tr key={step} className="border-t border-slate-100" data-testid={`satisfaction-${step}`}>
                <th scope="row" className="py-1 font-normal">{t(`steps.${step}`)}</th>
                <td className="tabular-nums">{s?.responses ?? 0}</td>
                <td className="tabular-nums">{s?.csatAverage == null ? '—' : csat(s.csatAverage)}</td>
                <td className="tabular-nums">{pct(s?.csatSatisfied ?? null)}</td>
                <td className="tabular-nums">{s?.nps == null ? '—' : `${s.nps > 0 ? '+' : ''}${s.nps} (${s.npsResponses})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-sm text-slate-600">{t('legend')}</p>
      <h3 className="font-semibold">{t('verbatims')}</h3>
      {verbatims.length === 0 ? <p className="text-slate-600">{t('noVerbatims')}</p> : (
        <ul className="flex flex-col gap-2 text-sm" data-testid="verbatims">
          {verbatims.map((v, i) => (
            <li key={`${v.at.toISOString()}-${i}`} className="border-l-4 border-slate-200 pl-3">
              <q>{v.comment}</q>
              <span className="block text-slate-600">
                {[t(`steps.${v.step}`), v.csat === null ? null : t('csatValue', { score: v.csat }), v.nps === null ? null : t('npsValue', { score: v.nps }), v.dealershipId ? dealershipName(v.dealershipId) : null, v.modelCode ? modelName(v.modelCode) : null, format.dateTime(v.at, 'short')].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
