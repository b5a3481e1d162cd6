import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { formatLocale, formatLongDate, withSiteDates } from '@/lib/i18n/format';
import { orNotFound } from '@/lib/not-found';
import { calendarHref, localTime, utcToLocalInput, modelName } from '@/modules/test-drives';
import { DriveActions, DealerNav, StatusBadge } from '@/modules/test-drives/components';
import { dealerPage, getDriveForActor } from '@/modules/test-drives/server';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The staff member and the drive, read once per request for the title and the page. */
const dealerDrive = cache(async (id: string) => {
  const ctx = await dealerPage(`/dealer/drives/${id}`);
  // Another dealership's drive, an unknown id and an unreadable one all answer the same 404.
  return { ctx, drive: await orNotFound(getDriveForActor(ctx.actor, id)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { drive } = await dealerDrive((await params).id);
  return { title: (await getTranslations('dealer.drive'))('title', { reference: drive.reference }) };
}

export default async function DealerDrivePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { ctx, drive } = await dealerDrive(id);
  const t = await getTranslations('dealer.drive');
  const format = withSiteDates(await getFormatter(), await getLocale());
  const lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const created = (await searchParams).created === '1';
  const tz = drive.dealership.timeZone;
  const start = new Date(drive.start);
  const end = new Date(drive.end);
  const when = `${format.dateTime(start, { weekday: 'long', day: 'numeric', month: 'long', timeZone: tz })}, ${localTime(start, tz)}–${localTime(end, tz)}`;
  const row = (label: string, value: string | number | null | undefined, testId?: string) =>
    value === null || value === undefined || value === '' ? null : (
      <div className="grid grid-cols-[11rem_1fr] gap-2 py-1">
        <dt className="font-medium text-slate-700">{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    );
  return (
    <Container>
      <PageTitle title={t('title', { reference: drive.reference })} lead={when} />
      <DealerNav current="calendar" isManager={ctx.isManager} dealershipName={ctx.settings.name} />
      <p className="mb-4">
        <Link href={calendarHref('/dealer', { date: drive.localDate, view: 'day', by: 'car' })} className="font-medium underline">
          {t('backToCalendar')}
        </Link>
      </p>
      {created ? <Alert tone="success" className="mb-4">{t('createdNotice')}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <Card>
          <div className="mb-3 flex items-center gap-3">
            <h2 className="text-lg font-semibold">{t('details')}</h2>
            <StatusBadge status={drive.status} />
          </div>
          <dl className="text-sm">
            {row(t('driver'), `${drive.driver.firstName} ${drive.driver.lastName}`, 'drive-driver')}
            {row(t('contact'), `${drive.driver.email} · ${drive.driver.phone}`)}
            {row(t('licence'), t('licenceValue', { number: drive.driver.licenceNumber, date: formatLongDate(drive.driver.licenceIssuedOn, formatLocale(await getLocale())) }))}
            {row(t('car'), `${modelName(drive.car.modelCode, lang)} · ${drive.car.plate}`, 'drive-car')}
            {row(t('staffMember'), drive.staff.name, 'drive-staff')}
            {row(t('kind'), drive.home ? t('kindHome', { address: `${drive.home.street}, ${drive.home.postalCode} ${drive.home.city}` }) : t('kindShowroom'))}
            {row(t('channel'), t(`channels.${drive.channel}`))}
            {row(t('duration'), t('minutes', { count: drive.durationMinutes }))}
            {row(t('checkedInAt'), drive.checkedInAt ? localTime(new Date(drive.checkedInAt), tz) : null)}
            {row(t('licenceChecked'), drive.licenceSeen ? t('yes') : null)}
            {row(t('startedAt'), drive.startedAt ? localTime(new Date(drive.startedAt), tz) : null)}
            {row(t('startMileage'), drive.startMileageKm !== null ? t('km', { count: drive.startMileageKm }) : null)}
            {row(t('finishedAt'), drive.finishedAt ? localTime(new Date(drive.finishedAt), tz) : null)}
            {row(t('finishMileage'), drive.finishMileageKm !== null ? t('km', { count: drive.finishMileageKm }) : null, 'drive-mileage')}
            {row(t('notes'), drive.finishNotes, 'drive-notes')}
            {row(t('survey'), drive.survey ? t('surveyValue', { score: drive.survey.score, comment: drive.survey.comment ?? '' }) : null)}
          </dl>
        </Card>
        {/* A server component renders once per request: the request's clock is the right one. */}
        {/* eslint-disable-next-line react-hooks/purity -- server component, not re-rendered on the client */}
        <DriveActions driveId={drive.id} status={drive.status} startPassed={Date.now() >= start.getTime()} moveDefault={utcToLocalInput(start, tz)} />
      </div>
    </Container>
  );
}
