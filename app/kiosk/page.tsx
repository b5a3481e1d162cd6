import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { catalogue, defaultConfiguration, frontStill } from '@/modules/catalog';
import { ConfigurationStill } from '@/modules/catalog/components';
import { AttractLoop, KioskActions, KioskShell } from '@/modules/showroom/components';
import { kioskDealership } from '@/modules/showroom/server';

type Props = { searchParams: Promise<{ dealership?: string }> };

/** The kiosk's showroom, read once per request for the title and the page. */
const showroomOf = cache(async (code: unknown) => (typeof code === 'string' ? kioskDealership(code) : null));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // A kiosk link without a known showroom is the site's 404, titled as such.
  if (!(await showroomOf((await searchParams).dealership))) notFound();
  // Absolute: the root layout's « %s · Virage » template would print « Virage · Virage ».
  return { title: { absolute: 'Virage' }, robots: { index: false } };
}

/** The showroom kiosk's home: attract loop of the model stills, then a big button per model. */
export default async function KioskPage({ searchParams }: Props) {
  const dealership = await showroomOf((await searchParams).dealership);
  if (!dealership) notFound();
  const t = await getTranslations('continuity.kiosk');
  const locale = (await getLocale()) as Locale;
  return (
    <KioskShell dealership={dealership.code}>
      <AttractLoop label={t('touch')}>
        {catalogue.models.map((m) => (
          <ConfigurationStill key={m.code} still={frontStill(defaultConfiguration(catalogue, m.code))} sizes="100vw" />
        ))}
      </AttractLoop>
      <div className="mx-auto flex max-w-6xl flex-col gap-8 p-8">
        <h1 className="text-4xl font-semibold">{t('title', { dealership: dealership.name })}</h1>
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {catalogue.models.map((m) => (
            <li key={m.code}>
              <Link href={`/kiosk/${m.code}?dealership=${encodeURIComponent(dealership.code)}`} className="flex flex-col gap-3 rounded-2xl border-2 border-slate-200 p-4 text-2xl font-semibold hover:border-slate-900" data-testid={`kiosk-model-${m.code}`}>
                <ConfigurationStill still={frontStill(defaultConfiguration(catalogue, m.code))} sizes="(min-width: 1024px) 360px, 50vw" />
                {m.name[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <KioskActions dealership={dealership.code} />
    </KioskShell>
  );
}
