import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { catalogue, parseConfigurationParams } from '@/modules/catalog';
import { KioskConfigurator } from '@/modules/catalog/components';
import { quoteNearest } from '@/modules/catalog/server';
import { withEstimate } from '@/modules/finance';
import { KioskActions, KioskShell } from '@/modules/showroom/components';
import { kioskDealership } from '@/modules/showroom/server';

// Absolute: the root layout's « %s · Virage » template would print « Virage · Virage ».
export const metadata: Metadata = { title: { absolute: 'Virage' }, robots: { index: false } };

type Props = { params: Promise<{ model: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The configurator full screen on a showroom kiosk: same server pricing, no identity on the device. */
export default async function KioskConfigurePage({ params, searchParams }: Props) {
  const { model: code } = await params;
  const query = await searchParams;
  const model = catalogue.models.find((m) => m.code === code);
  const dealership = typeof query.dealership === 'string' ? await kioskDealership(query.dealership) : null;
  if (!model || !dealership) notFound();
  const t = await getTranslations('continuity.kiosk');
  const locale = (await getLocale()) as Locale;
  const parsed = parseConfigurationParams(catalogue, query);
  const quote = withEstimate(quoteNearest(parsed.ok ? { ...parsed.input, model: model.code } : { model: model.code }));
  const notices = parsed.ok ? quote.adjustments.map((a) => a.message[locale]) : [parsed.message[locale]];
  return (
    <KioskShell dealership={dealership.code}>
      <div className="mx-auto flex max-w-7xl flex-col gap-4 p-6">
        <div className="flex items-center justify-between gap-4">
          <h1 className="text-3xl font-semibold">{model.name[locale]}</h1>
          <Link href={`/kiosk?dealership=${encodeURIComponent(dealership.code)}`} className="rounded-xl border-2 border-slate-300 px-5 py-3 text-xl">{t('otherModels')}</Link>
        </div>
        <KioskConfigurator dealership={dealership.code} configuration={quote.configuration} price={quote.price} estimate={quote.estimate} notices={notices} />
      </div>
      <KioskActions dealership={dealership.code} />
    </KioskShell>
  );
}
