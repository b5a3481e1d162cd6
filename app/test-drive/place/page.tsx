import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Container, PageTitle } from '@/components/ui/page';
import { CarPicture } from '@/modules/catalog/components';
import { toAppError } from '@/lib/errors';
import { energyName, modelName, type Lang, flowHref, hiddenFlow, readFlow, type FlowParams } from '@/modules/test-drives';
import { Steps } from '@/modules/test-drives/components';
import { checkHomeAddress, findShowrooms, type HomeOption, type ShowroomOption } from '@/modules/test-drives/server';
import { formatKilometres } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive');
  return { title: t('title') };
}

type Found = { options: Array<ShowroomOption | HomeOption>; error: string | null };

async function search(flow: FlowParams & { model: string }): Promise<Found> {
  const t = await getTranslations('testDrive.errors');
  try {
    const base = { modelCode: flow.model, trimCode: flow.trim, powertrain: flow.powertrain };
    if (flow.kind === 'home') {
      if (!flow.street || !flow.postalCode) return { options: [], error: null };
      return { options: (await checkHomeAddress({ ...base, street: flow.street, postalCode: flow.postalCode, city: flow.city ?? '' })).options, error: null };
    }
    return { options: await findShowrooms({ ...base, near: flow.near }), error: null };
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') throw thrown;
    return { options: [], error: t.has(error.reason) ? t(error.reason) : t('generic') };
  }
}

/** Step 2: a showroom (nearest to the buyer's postal code or town first) or the buyer's home address. */
export default async function PlaceStep({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = readFlow(await searchParams);
  const { model } = flow;
  if (!model) redirect('/test-drive');
  const t = await getTranslations('testDrive');
  const lang: Lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const home = flow.kind === 'home';
  const { options, error } = await search({ ...flow, model });
  return (
    <Container>
      <PageTitle title={t('title')} lead={`${modelName(model, lang)}${flow.powertrain ? ` · ${energyName(flow.powertrain, lang)}` : ''} · ${t(home ? 'model.home' : 'model.showroom')}`} />
      <Steps current="place" />
      <CarPicture car={{ model, trim: flow.trim }} sizes="(min-width: 640px) 320px, calc(100vw - 32px)" className="mb-4 h-auto w-full rounded-xl sm:w-80" testId="drive-car" />
      <p className="mb-4">
        <Link href={flowHref('/test-drive', flow)} className="text-sm underline">
          {t('model.change')}
        </Link>
      </p>
      <Card className="mb-6">
        <h2 className="mb-4 text-xl font-semibold">{t(home ? 'place.homeTitle' : 'place.showroomTitle')}</h2>
        <form method="get" action="/test-drive/place" className="flex flex-wrap items-end gap-3">
          {hiddenFlow(flow, ['near', 'street', 'postalCode', 'city', 'dealershipId', 'start', 'from']).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {home ? (
            <>
              <Field name="street" id="street" label={t('place.street')} defaultValue={flow.street} autoComplete="street-address" required className="min-w-64 flex-1" />
              <Field name="postalCode" id="postalCode" label={t('place.postalCode')} defaultValue={flow.postalCode} autoComplete="postal-code" inputMode="numeric" pattern="[0-9]{5}" required className="w-32" />
              <Field name="city" id="city" label={t('place.city')} defaultValue={flow.city} autoComplete="address-level2" className="w-48" />
              <Button type="submit">{t('place.checkAddress')}</Button>
            </>
          ) : (
            <>
              <Field name="near" id="near" label={t('place.nearLabel')} hint={t('place.nearHint')} defaultValue={flow.near} autoComplete="postal-code" className="min-w-64" />
              <Button type="submit" className="mb-7">{t('place.search')}</Button>
            </>
          )}
        </form>
      </Card>
      {error ? <Alert tone="error" className="mb-6">{error}</Alert> : null}
      {options.length > 0 ? (
        <section aria-labelledby="dealership-list">
          <h2 id="dealership-list" className="mb-3 text-xl font-semibold">
            {t(home ? 'place.homeList' : 'place.showroomsList')}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="dealership-options">
            {options.map((o) => (
              <li key={o.dealershipId}>
                <Card className="flex h-full flex-col justify-between gap-3">
                  <div>
                    <p className="font-semibold">{o.name}</p>
                    <p className="text-sm text-slate-700">
                      {o.street}, {o.postalCode} {o.city}
                    </p>
                    {'travelMinutes' in o ? (
                      <p className="text-sm text-slate-700">{t('place.travel', { km: formatKilometres(o.distanceKm, lang), min: o.travelMinutes })}</p>
                    ) : o.distanceKm !== null ? (
                      <p className="text-sm text-slate-700">{t('place.distance', { km: formatKilometres(o.distanceKm, lang) })}</p>
                    ) : null}
                  </div>
                  <Button asChild variant="secondary" size="sm">
                    <Link href={flowHref('/test-drive/slots', flow, { dealershipId: o.dealershipId, start: undefined, from: undefined })} aria-label={t('place.choose', { name: o.name })}>
                      {t('place.choose', { name: o.name })}
                    </Link>
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : !error && !home ? (
        <p>{t('place.noShowroom')}</p>
      ) : null}
    </Container>
  );
}
