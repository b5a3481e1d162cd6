import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { catalogue } from '@/modules/catalog';
import { CarPicture } from '@/modules/catalog/components';
import { energyName, modelEnergies, type Lang, readFlow } from '@/modules/test-drives';
import { Steps } from '@/modules/test-drives/components';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive');
  return { title: t('title') };
}

/** Step 1: model, powertrain, showroom or home, length. `?model=&trim=` come from the configurator. */
export default async function TestDriveStart({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = readFlow(await searchParams);
  const t = await getTranslations('testDrive');
  const lang: Lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const selected = flow.model ?? catalogue.models[0]?.code;
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <Steps current="model" />
      <Card>
        <form action="/test-drive/place" method="get" className="flex flex-col gap-6">
          {flow.trim ? <input type="hidden" name="trim" value={flow.trim} /> : null}
          <fieldset>
            <legend className="mb-2 text-lg font-semibold">{t('model.legend')}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              {catalogue.models.map((m) => (
                <label key={m.code} className="flex cursor-pointer flex-wrap items-center gap-2 rounded-xl border border-slate-300 p-3 has-[:checked]:border-slate-900 has-[:checked]:ring-2 has-[:checked]:ring-slate-900">
                  <CarPicture car={{ model: m.code, trim: m.code === flow.model ? flow.trim : null }} sizes="(min-width: 640px) 30vw, calc(100vw - 64px)" className="h-auto w-full rounded-lg" decorative />
                  <input type="radio" name="model" value={m.code} defaultChecked={m.code === selected} required />
                  <span className="font-medium">{m.name[lang]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-2 text-lg font-semibold">{t('model.powertrain')}</legend>
            <div className="flex flex-wrap gap-3">
              <label className="flex items-center gap-2">
                <input type="radio" name="powertrain" value="" defaultChecked={!flow.powertrain} />
                {t('model.anyPowertrain')}
              </label>
              {[...new Set(catalogue.models.flatMap((m) => modelEnergies(m.code)))].map((energy) => (
                <label key={energy} className="flex items-center gap-2">
                  <input type="radio" name="powertrain" value={energy} defaultChecked={flow.powertrain === energy} />
                  {energyName(energy, lang)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-2 text-lg font-semibold">{t('model.kindLegend')}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {(['showroom', 'home'] as const).map((kind) => (
                <label key={kind} className="flex cursor-pointer items-start gap-2 rounded-xl border border-slate-300 p-3 has-[:checked]:border-slate-900 has-[:checked]:ring-2 has-[:checked]:ring-slate-900">
                  <input type="radio" name="kind" value={kind} defaultChecked={(flow.kind ?? 'showroom') === kind} className="mt-1" />
                  <span>
                    <span className="block font-medium">{t(`model.${kind}`)}</span>
                    <span className="block text-sm text-slate-600">{t(`model.${kind}Hint`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-col gap-1">
            <label htmlFor="duration" className="font-semibold">
              {t('model.duration')}
            </label>
            <select id="duration" name="duration" defaultValue={String(flow.duration ?? 45)} className="w-40 rounded-lg border border-slate-300 px-3 py-2">
              {[30, 45, 60].map((n) => (
                <option key={n} value={n}>
                  {t('model.minutes', { n })}
                </option>
              ))}
            </select>
          </div>
          <div>
            <Button type="submit">{t('model.continue')}</Button>
          </div>
        </form>
      </Card>
    </Container>
  );
}
