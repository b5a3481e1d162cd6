import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Container } from '@/components/ui/page';
import type { Locale } from '@/lib/i18n/config';
import { Configurator } from '@/modules/catalog/components';
import { catalogue, parseConfigurationParams } from '@/modules/catalog';
import { quoteNearest } from '@/modules/catalog/server';
import { withEstimate } from '@/modules/finance';

type Props = { params: Promise<{ model: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const findModel = (code: string) => catalogue.models.find((m) => m.code === code);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = findModel((await params).model);
  // An unknown model is the site's 404, titled as its heading says (« Page introuvable (404) »).
  if (!model) notFound();
  const t = await getTranslations('configurator');
  const locale = (await getLocale()) as Locale;
  return { title: t('metaTitle', { model: model.name[locale] }) };
}

/** The URL is the configuration: parsed, repaired to the nearest valid car, priced here on the server. */
export default async function ConfigurePage({ params, searchParams }: Props) {
  const { model: code } = await params;
  const model = findModel(code);
  if (!model) notFound();
  const t = await getTranslations('configurator');
  const locale = (await getLocale()) as Locale;
  const parsed = parseConfigurationParams(catalogue, await searchParams);
  // The path names the model; a model code in the query cannot override it.
  const quote = withEstimate(quoteNearest(parsed.ok ? { ...parsed.input, model: model.code } : { model: model.code }));
  const notices = parsed.ok ? quote.adjustments.map((a) => a.message[locale]) : [parsed.message[locale]];
  return (
    <Container>
      <div className="mb-4 flex flex-wrap sm:mb-6 items-end justify-between gap-2">
        <div>
          <p className="text-sm text-slate-600">
            <Link href={`/models/${model.code}`} className="underline">{model.name[locale]}</Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title', { model: model.name[locale] })}</h1>
        </div>
      </div>
      <Configurator configuration={quote.configuration} price={quote.price} estimate={quote.estimate} notices={notices} />
    </Container>
  );
}
