import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import { localDate, ZSlotSearch, modelName } from '@/modules/test-drives';
import { CreateDriveForm, DealerNav } from '@/modules/test-drives/components';
import { dealerPage, drivableModels, listSlots, type SlotView } from '@/modules/test-drives/server';
import { driverPrefill } from '@/modules/showroom/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('dealer.create', 'title');

type Search = Promise<Record<string, string | string[] | undefined>>;

const selectClass = 'rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm';

export default async function NewDrivePage({ searchParams }: { searchParams: Search }) {
  const ctx = await dealerPage('/dealer/drives/new');
  const t = await getTranslations('dealer.create');
  const refusals = await getTranslations('testDrive.errors');
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const tz = ctx.settings.timeZone;
  const raw = await searchParams;
  const models = await drivableModels(ctx.dealershipId);
  const search = ZSlotSearch.safeParse({ ...raw, date: raw.date ?? localDate(new Date(), tz) });
  // From a customer's file on the showroom tablet: the driver pre-filled, the booking on the showroom channel.
  const customerId = typeof raw.customer === 'string' ? raw.customer.slice(0, 64) : null;
  const prefill = customerId ? await driverPrefill({ userId: ctx.userId, dealershipId: ctx.dealershipId }, customerId).catch(() => null) : null;
  const query = search.success ? search.data : null;
  let slots: SlotView[] = [];
  let problem: string | null = null;
  if (query?.model) {
    try {
      const days = await listSlots({
        dealershipId: ctx.dealershipId,
        modelCode: query.model,
        kind: query.kind,
        durationMinutes: query.duration,
        home: query.kind === 'home' ? { street: query.street, postalCode: query.postalCode, city: query.city } : undefined,
        fromDate: query.date,
        toDate: query.date,
      });
      slots = days.flatMap((d) => d.slots);
    } catch (error) {
      const reason = toAppError(error).reason;
      problem = refusals.has(reason) ? refusals(reason) : t('searchFailed');
    }
  }
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead')} />
      <DealerNav current="newDrive" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <Card className="mb-6">
        <form method="get" className="flex flex-col gap-4" aria-labelledby="create-step-1">
          <h2 id="create-step-1" className="text-xl font-semibold">{t('step1')}</h2>
          {prefill ? <input type="hidden" name="customer" value={prefill.customerId} /> : null}
          {!search.success ? <Alert tone="error">{t('searchInvalid')}</Alert> : null}
          <div className="grid gap-4 sm:grid-cols-4">
            <div className="flex flex-col gap-1">
              <label htmlFor="model" className="text-sm font-medium text-slate-800">{t('model')}</label>
              <select id="model" name="model" required defaultValue={query?.model ?? ''} className={selectClass}>
                <option value="" disabled>{t('chooseModel')}</option>
                {models.map((code) => <option key={code} value={code}>{modelName(code, lang)}</option>)}
              </select>
            </div>
            <Field name="date" type="date" label={t('date')} required defaultValue={query?.date} />
            <div className="flex flex-col gap-1">
              <label htmlFor="duration" className="text-sm font-medium text-slate-800">{t('duration')}</label>
              <select id="duration" name="duration" defaultValue={String(query?.duration ?? 45)} className={selectClass}>
                {[30, 45, 60].map((d) => <option key={d} value={d}>{t('minutes', { count: d })}</option>)}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="kind" className="text-sm font-medium text-slate-800">{t('kind')}</label>
              <select id="kind" name="kind" defaultValue={query?.kind ?? 'showroom'} className={selectClass}>
                <option value="showroom">{t('kindShowroom')}</option>
                <option value="home">{t('kindHome')}</option>
              </select>
            </div>
          </div>
          <fieldset className="grid gap-4 sm:grid-cols-3">
            <legend className="mb-2 text-sm text-slate-700">{t('homeAddress')}</legend>
            <Field name="street" label={t('street')} defaultValue={query?.street} />
            <Field name="postalCode" label={t('postalCode')} defaultValue={query?.postalCode} inputMode="numeric" />
            <Field name="city" label={t('city')} defaultValue={query?.city} />
          </fieldset>
          <Button type="submit" variant="secondary" size="sm" className="self-start">{t('searchSlots')}</Button>
        </form>
      </Card>
      {query?.model ? (
        <Card>
          {problem ? (
            <Alert tone="error">{problem}</Alert>
          ) : slots.length === 0 ? (
            <p className="text-slate-700" role="status">{t('noSlots')}</p>
          ) : (
            <CreateDriveForm
              modelCode={query.model}
              kind={query.kind}
              durationMinutes={query.duration}
              home={{ street: query.street, postalCode: query.postalCode, city: query.city }}
              slots={slots}
              prefill={prefill}
            />
          )}
        </Card>
      ) : null}
    </Container>
  );
}
