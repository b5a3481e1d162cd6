import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FranceMap } from '@/modules/geo/components';
import type { Showroom } from '../types';

/** `testDriveHref`: the test-drive slots of that dealership for the model (its demo cars may be another trim than the one configured). */
export async function Showrooms({ showrooms, place, testDriveHref }: { showrooms: readonly Showroom[]; place: { lat: number; lon: number; label: string }; testDriveHref: (dealershipId: string) => string }) {
  const t = await getTranslations('availability');
  const format = await getFormatter();
  if (showrooms.length === 0) return <p className="text-slate-700">{t('noShowroom')}</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <FranceMap
        label={t('showroomsMap', { place: place.label })}
        markers={showrooms.map((s, i) => ({ id: s.dealership.id, lat: s.dealership.lat, lon: s.dealership.lon, label: `${s.dealership.name} (${s.dealership.city})`, highlighted: i === 0 }))}
        buyerLocation={{ lat: place.lat, lon: place.lon, label: t('youAreHere', { place: place.label }) }}
        zoomToMarkers
        className="h-auto w-full rounded-2xl border border-slate-200 bg-slate-50"
      />
      <ol className="grid content-start gap-3" data-testid="showrooms">
        {showrooms.map((s) => (
          <li key={s.dealership.id} className="rounded-xl border border-slate-200 p-3">
            <p className="font-medium">{s.dealership.name}</p>
            <p className="text-sm text-slate-600">
              {s.dealership.postalCode} {s.dealership.city} · {t('distance', { km: format.number(s.distanceKm, { maximumFractionDigits: 0 }) })}
            </p>
            <p className="text-sm text-slate-700">{[s.onDisplay > 0 ? t('onDisplay', { count: s.onDisplay }) : null, s.demoFleet > 0 ? t('demoFleet', { count: s.demoFleet }) : null].filter((x) => x !== null).join(' · ')}</p>
            {s.demoFleet > 0 ? (
              <Link href={testDriveHref(s.dealership.id)} className="mt-1 inline-block text-sm font-medium underline">
                {t('bookTestDrive')}
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
