import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { formatLocale, formatMoney } from '@/lib/i18n/format';
import { frontStill } from '@/modules/catalog';
import { ConfigurationStill, NextSteps, PrintButton } from '@/modules/catalog/components';
import { compareConfigurations, MAX_COMPARED, MIN_COMPARED, type ComparisonCell, findSavedConfigurations, describeConfiguration } from '@/modules/catalog/server';
import { withEstimate } from '@/modules/finance';

type Props = { searchParams: Promise<{ c?: string | string[] }> };

/** The codes asked for, as one key so the title and the page share one read per request. */
async function codesOf(searchParams: Props['searchParams']): Promise<string> {
  const raw = (await searchParams).c;
  return (typeof raw === 'string' ? raw.split(',') : (raw ?? [])).slice(0, MAX_COMPARED + 1).filter((c) => c.trim() !== '').join(',');
}

const savedCars = cache(async (key: string) => {
  const codes = key === '' ? [] : key.split(',');
  if (codes.length < MIN_COMPARED || codes.length > MAX_COMPARED) return null;
  return findSavedConfigurations(codes);
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations('garage');
  const saved = await savedCars(await codesOf(searchParams));
  // An unknown code gets the page's own not-found view, and the tab says so too.
  return { title: saved && saved.missing.length > 0 ? t('unknownCodeTitle') : t('compareTitle') };
}

/** Two or three saved cars side by side (by code: works for anyone holding the codes); differences highlighted. */
export default async function ComparePage({ searchParams }: Props) {
  const t = await getTranslations('garage');
  const locale = (await getLocale()) as Locale;
  const saved = await savedCars(await codesOf(searchParams));
  if (!saved) return <Problem message={t('compareCount')} />;
  const { found, missing } = saved;
  // An unknown code is a missing resource: a real 404 with the code-entry form (./not-found.tsx).
  if (missing.length > 0) notFound();
  if (found.length < MIN_COMPARED) return <Problem message={t('compareCount')} />;
  const cars = found.map((s) => ({ code: s.code, configuration: s.quote.configuration, price: s.quote.price, monthlyCents: withEstimate(s.quote).estimate?.monthlyPaymentCents ?? null }));
  const rows = compareConfigurations(cars);
  const cell = (c: ComparisonCell) => {
    switch (c.kind) {
      case 'text':
        return c.value[locale];
      case 'money':
        // formatMoney never writes "-0 €" (a car without aid has a zero, not a negative, aid).
        return formatMoney(c.cents, formatLocale(locale));
      case 'co2':
        return `${c.gPerKm} g/km`;
      case 'included':
        return c.included ? t('yes') : t('no');
      default:
        return '—';
    }
  };
  return (
    <Container>
      <PageTitle title={t('compareTitle')} lead={t('compareLead')} />
      <div className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900" tabIndex={0} role="region" aria-label={t('compareTitle')}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="comparison">
          <caption className="sr-only">{t('compareTitle')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <td />
              {found.map((s) => (
                <th key={s.code} scope="col" className="px-3 py-2 align-bottom">
                  <ConfigurationStill still={frontStill(s.quote.configuration)} sizes="240px" className="mb-2 h-auto w-full max-w-60 rounded-lg" />
                  <span className="block text-base font-semibold">{describeConfiguration(s.quote.configuration).title[locale]}</span>
                  <Link href={`/g/${s.code}`} className="font-mono text-slate-700 underline">{s.code}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-differs={row.differs ? 'true' : 'false'} className={`border-b border-slate-100 ${row.differs ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="px-3 py-2 font-medium">
                  {row.label[locale]}
                  {row.differs ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{t('differs')}</span> : null}
                </th>
                {row.cells.map((c, i) => (
                  <td key={found[i]?.code ?? i} className="px-3 py-2 tabular-nums">{cell(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {found.map((s) => (
                <td key={s.code} className="px-3 py-3 align-top">
                  <NextSteps configuration={s.quote.configuration} savedCode={s.code} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="mt-6 flex gap-3" data-print="hide">
        <PrintButton label={t('print')} />
        <Link href="/garage" className="rounded-lg border border-slate-300 px-4 py-2.5 font-medium hover:bg-slate-50">{t('backToGarage')}</Link>
      </div>
    </Container>
  );
}

async function Problem({ message }: { message: string }) {
  const t = await getTranslations('garage');
  return (
    <Container>
      <PageTitle title={t('compareTitle')} />
      <Alert tone="error">{message}</Alert>
      <p className="mt-6">
        <Link href="/garage" className="underline">{t('backToGarage')}</Link>
      </p>
    </Container>
  );
}
