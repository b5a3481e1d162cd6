import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { toAppError } from '@/lib/errors';
import type { Lang } from '@/modules/test-drives';
import { addDays, dayLabel, localDateOf } from '@/modules/test-drives';
import { CarPicture } from '@/modules/catalog/components';
import { DriveSummary, CancelDriveForm, RescheduleForm, type SlotDayChoice } from '@/modules/test-drives/components';
import { listSlots, readManageToken, type ManageLinkState } from '@/modules/test-drives/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive.manage');
  return { title: t('title'), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function newTimes(link: ManageLinkState, from: string, lang: Lang): Promise<SlotDayChoice[]> {
  const d = link.drive;
  const days = await listSlots({
    dealershipId: d.dealership.id,
    modelCode: d.modelCode,
    powertrain: undefined,
    kind: d.kind,
    durationMinutes: d.durationMinutes,
    home: d.home ? { street: d.home.street, postalCode: d.home.postalCode, city: d.home.city } : undefined,
    fromDate: from,
    toDate: addDays(from, 6),
    excludeDriveId: d.id,
    buyerUserId: d.buyerUserId,
  });
  return days.map((day) => ({ date: day.date, label: dayLabel(day.date, lang), slots: day.slots.map((s) => ({ start: s.start, label: s.localTime, time: s.localTime })) }));
}

/** The buyer's link from the e-mail: see, reschedule or cancel, without an account. */
export default async function ManageDrive({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const t = await getTranslations('testDrive');
  const lang: Lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  let link: ManageLinkState;
  try {
    link = await readManageToken(decodeURIComponent(token));
  } catch (thrown) {
    const error = toAppError(thrown);
    if (error.code === 'INTERNAL') throw thrown;
    return (
      <Container>
        <PageTitle title={t('manage.title')} />
        <Alert tone="error">{t.has(`errors.${error.reason}`) ? t(`errors.${error.reason}`) : t('errors.generic')}</Alert>
      </Container>
    );
  }
  const booked = query.booked === '1';
  const rescheduling = query.reschedule === '1' && link.state === 'valid';
  const today = localDateOf(new Date(), link.drive.dealership.timeZone);
  const from = typeof query.from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(query.from) && query.from > today ? query.from : today;
  return (
    <Container>
      <PageTitle title={booked ? t('done.title') : t('manage.title')} lead={booked ? t('done.lead', { email: link.drive.driver.email }) : undefined} />
      {query.moved === '1' && link.state === 'valid' ? <Alert tone="success" className="mb-4">{t('manage.movedDone')}</Alert> : null}
      {query.cancelled === '1' && link.state === 'cancelled' ? <Alert tone="success" className="mb-4">{t('manage.cancelledDone')}</Alert> : null}
      {link.state === 'moved' ? <Alert tone="info" className="mb-4">{t('manage.moved')}</Alert> : null}
      {link.state === 'cancelled' && query.cancelled !== '1' ? <Alert tone="info" className="mb-4">{t('manage.cancelled')}</Alert> : null}
      {link.state === 'past' ? <Alert tone="info" className="mb-4">{t('manage.past')}</Alert> : null}
      <Card className="mb-6">
        <h2 className="mb-3 text-xl font-semibold">{t('summary.title')}</h2>
        <div className="grid gap-6 sm:grid-cols-[320px_1fr]">
          <CarPicture car={{ model: link.drive.modelCode, trim: link.drive.trimCode }} sizes="(min-width: 640px) 320px, calc(100vw - 64px)" priority testId="drive-car" />
          <DriveSummary drive={link.drive} lang={lang} />
        </div>
      </Card>
      {link.state === 'valid' && !rescheduling ? (
        <div className="flex flex-wrap items-start gap-4">
          <Link href={`/test-drive/manage/${token}?reschedule=1`} className="rounded-lg bg-slate-900 px-4 py-2.5 font-medium text-white hover:bg-slate-700">
            {t('manage.reschedule')}
          </Link>
          <CancelDriveForm token={decodeURIComponent(token)} />
        </div>
      ) : null}
      {rescheduling ? (
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t('manage.chooseNewTime')}</h2>
          <p className="mb-4 text-sm text-slate-700">{t('slots.timeZoneNote', { zone: link.drive.dealership.timeZone })}</p>
          <RescheduleForm token={decodeURIComponent(token)} days={await newTimes(link, from, lang)} />
          <div className="mt-4 flex gap-4">
            {from > today ? <Link href={`/test-drive/manage/${token}?reschedule=1&from=${addDays(from, -7)}`} className="underline">{t('slots.previous')}</Link> : null}
            <Link href={`/test-drive/manage/${token}?reschedule=1&from=${addDays(from, 7)}`} className="underline">{t('slots.next')}</Link>
            <Link href={`/test-drive/manage/${token}`} className="underline">{t('manage.back')}</Link>
          </div>
        </Card>
      ) : null}
      {booked || link.state !== 'valid' ? (
        <p className="mt-6">
          <Link href="/test-drive" className="underline">{t('done.again')}</Link>
        </p>
      ) : null}
    </Container>
  );
}
