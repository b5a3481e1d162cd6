import { getTranslations } from 'next-intl/server';
import { formatDriveTime } from '../mails';
import { modelName, type Lang } from '../catalog-names';
import type { DriveView } from '../types';

export async function DriveSummary({ drive, lang }: { drive: DriveView; lang: Lang }) {
  const t = await getTranslations('testDrive.summary');
  const where =
    drive.home !== null
      ? t('atHome', { address: `${drive.home.street}, ${drive.home.postalCode} ${drive.home.city}` })
      : `${drive.dealership.name}, ${drive.dealership.street}, ${drive.dealership.postalCode} ${drive.dealership.city}`;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2" data-testid="drive-summary">
      <dt className="text-slate-600">{t('model')}</dt>
      <dd className="font-medium">{modelName(drive.modelCode, lang)}</dd>
      <dt className="text-slate-600">{t('when')}</dt>
      <dd className="font-medium">
        {formatDriveTime(new Date(drive.start), drive.dealership.timeZone, lang)} · {t('duration', { n: drive.durationMinutes })}
      </dd>
      <dt className="text-slate-600">{t('where')}</dt>
      <dd>{where}</dd>
      <dt className="text-slate-600">{t('driver')}</dt>
      <dd>
        {drive.driver.firstName} {drive.driver.lastName}
      </dd>
      <dt className="text-slate-600">{t('reference')}</dt>
      <dd className="font-mono">{drive.reference}</dd>
    </dl>
  );
}
