import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Container, PageTitle } from '@/components/ui/page';
import { DealerNav, SettingsForm } from '@/modules/test-drives/components';
import { formatDayHours, WEEKDAY_KEYS, type WeekdayKey } from '@/modules/test-drives';
import { dealerPage } from '@/modules/test-drives/server';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('dealer.settings', 'title');

export default async function DealerSettingsPage() {
  // Managers only: dealer staff get the 403 page (the action checks the role again).
  const ctx = await dealerPage('/dealer/settings', { managerOnly: true });
  const t = await getTranslations('dealer.settings');
  const s = ctx.settings;
  const openingHours = Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, formatDayHours(s.openingHours[d])])) as Record<WeekdayKey, string>;
  return (
    <Container>
      <PageTitle title={t('title')} lead={t('lead', { zone: s.timeZone })} />
      <DealerNav current="settings" isManager={ctx.isManager} dealershipName={s.name} />
      <Card>
        <SettingsForm
          values={{
            openingHours,
            closures: s.closures.join('\n'),
            homeDriveRadiusKm: s.homeDriveRadiusKm,
            prepBufferMinutes: s.prepBufferMinutes,
            minNoticeMinutes: s.minNoticeMinutes,
            horizonDays: s.horizonDays,
            slotStepMinutes: s.slotStepMinutes,
          }}
        />
      </Card>
    </Container>
  );
}
