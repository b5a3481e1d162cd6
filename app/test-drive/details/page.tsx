import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { CarPicture } from '@/modules/catalog/components';
import { checkoutPrefill } from '@/modules/orders/server';
import { getViewer } from '@/lib/session';
import { modelName, type Lang, flowHref, hiddenFlow, readFlow, formatDriveTime } from '@/modules/test-drives';
import { DriverForm, Steps } from '@/modules/test-drives/components';
import { dealershipHeader } from '@/modules/test-drives/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('testDrive.driver');
  return { title: t('title') };
}

/** Step 4: the driver's details, then the booking (re-checked on the server). */
/** The checkout's prefill (profile, last order, account name): the same person drives. */
async function driverDefaults(userId: string, name: string) {
  const { firstName, lastName, phone } = await checkoutPrefill(userId, name);
  return { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}), ...(phone ? { phone } : {}) };
}

export default async function DetailsStep({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const flow = readFlow(await searchParams);
  if (!flow.model || !flow.dealershipId || !flow.start) redirect(flowHref('/test-drive/slots', flow));
  const dealership = await dealershipHeader(flow.dealershipId);
  if (!dealership) redirect(flowHref('/test-drive/place', flow, { dealershipId: undefined }));
  const t = await getTranslations('testDrive');
  const lang: Lang = (await getLocale()) === 'en' ? 'en' : 'fr';
  const viewer = await getViewer();
  const where = flow.kind === 'home' ? t('summary.atHome', { address: `${flow.street ?? ''}, ${flow.postalCode ?? ''} ${flow.city ?? ''}` }) : dealership.name;
  return (
    <Container>
      <PageTitle title={t('driver.title')} lead={t('driver.lead')} />
      <Steps current="driver" />
      <Card className="mb-6">
        <CarPicture car={{ model: flow.model, trim: flow.trim }} sizes="(min-width: 640px) 320px, calc(100vw - 32px)" className="mb-4 h-auto w-full rounded-xl sm:w-80" testId="drive-car" />
        <p className="font-medium" data-testid="chosen-slot">
          {modelName(flow.model, lang)} · {formatDriveTime(new Date(flow.start), dealership.timeZone, lang)}
        </p>
        <p className="text-slate-700">{where}</p>
        <Link href={flowHref('/test-drive/slots', flow, { start: undefined })} className="text-sm underline">
          {t('model.change')}
        </Link>
      </Card>
      <Card>
        <DriverForm hidden={hiddenFlow(flow, ['near', 'from'])} defaults={viewer && !viewer.isGuest ? { email: viewer.email, ...(await driverDefaults(viewer.id, viewer.name)) } : {}} slotsHref={flowHref('/test-drive/slots', flow, { start: undefined })} slotsLabel={t('manage.chooseNewTime')} />
      </Card>
    </Container>
  );
}
