import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Container, PageTitle } from '@/components/ui/page';
import { CarPicture } from '@/modules/catalog/components';
import { toAppError } from '@/lib/errors';
import { getViewer } from '@/lib/session';
import { modelName, type Lang, flowHref, readFlow, localDateOf } from '@/modules/test-drives';
import { addDays, dayLabel } from '@/modules/test-drives';
import { Steps } from '@/modules/test-drives/components';
import { dealershipHeader, listSlots, type SlotDayView } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive');
  return { title: t('slots.title') };
}

const DAYS_PER_PAGE = 7;

/** Step 3: free times of the chosen dealership, a week at a time, in the dealership's zone. */
export default async function SlotsStep({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const flow = readFlow(raw);
  const { model, dealershipId } = flow;
  if (!model || !dealershipId) redirect(flowHref('/test-drive', flow));
  const t = await getTranslations('testDrive');
  const lang: Lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const dealership = await dealershipHeader(dealershipId);
  if (!dealership) redirect(flowHref('/test-drive/place', flow, { dealershipId: undefined }));
  const today = localDateOf(new Date(), dealership.timeZone);
  const from = flow.from && flow.from > today ? flow.from : today;
  const kind = flow.kind ?? 'showroom';
  let days: SlotDayView[] = [];
  let error: string | null = null;
  const viewer = await getViewer();
  try {
    days = await listSlots({
      buyerUserId: viewer?.role === 'customer' ? viewer.id : null,
      dealershipId,
      modelCode: model,
      trimCode: flow.trim,
      powertrain: flow.powertrain,
      kind,
      durationMinutes: flow.duration ?? 45,
      home: kind === 'home' && flow.street && flow.postalCode ? { street: flow.street, postalCode: flow.postalCode, city: flow.city ?? '' } : undefined,
      fromDate: from,
      toDate: addDays(from, DAYS_PER_PAGE - 1),
    });
  } catch (thrown) {
    const appError = toAppError(thrown);
    if (appError.code === 'INTERNAL') throw thrown;
    const te = await getTranslations('testDrive.errors');
    error = te.has(appError.reason) ? te(appError.reason) : te('generic');
  }
  const refused = typeof raw.error === 'string' ? raw.error : null;
  const te = await getTranslations('testDrive.errors');
  return (
    <Container>
      <PageTitle title={t('slots.title')} lead={`${modelName(model, lang)} · ${dealership.name}`} />
      <Steps current="time" />
      <CarPicture car={{ model, trim: flow.trim }} sizes="(min-width: 640px) 320px, calc(100vw - 32px)" className="mb-4 h-auto w-full rounded-xl sm:w-80" testId="drive-car" />
      <p className="mb-4 text-sm text-slate-700">{t('slots.timeZoneNote', { zone: dealership.timeZone })}</p>
      {refused && te.has(refused) ? <Alert tone="error" className="mb-4">{te(refused)}</Alert> : null}
      {error ? <Alert tone="error" className="mb-4">{error}</Alert> : null}
      {!error && days.length === 0 ? <p className="mb-4">{t('slots.none')}</p> : null}
      <div className="flex flex-col gap-5" data-testid="slot-days">
        {days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <h2 id={`day-${day.date}`} className="mb-2 font-semibold">
              {dayLabel(day.date, lang)}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {day.slots.map((slot) => (
                <li key={slot.start}>
                  <Link
                    href={flowHref('/test-drive/details', flow, { start: slot.start, from })}
                    className="inline-block rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:border-slate-900"
                    aria-label={t('slots.pick', { day: dayLabel(day.date, lang), time: slot.localTime })}
                  >
                    {slot.localTime}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="mt-6 flex gap-4">
        {from > today ? (
          <Link href={flowHref('/test-drive/slots', flow, { from: addDays(from, -DAYS_PER_PAGE), start: undefined })} className="underline">
            {t('slots.previous')}
          </Link>
        ) : null}
        <Link href={flowHref('/test-drive/slots', flow, { from: addDays(from, DAYS_PER_PAGE), start: undefined })} className="underline">
          {t('slots.next')}
        </Link>
      </div>
    </Container>
  );
}
