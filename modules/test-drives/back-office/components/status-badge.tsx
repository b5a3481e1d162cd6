import { getTranslations } from 'next-intl/server';
import { cx } from '@/components/ui/cx';
import type { DriveStatus } from '@/modules/test-drives/types';

export const statusTone: Record<DriveStatus, string> = {
  scheduled: 'border-sky-300 bg-sky-50 text-sky-950',
  checked_in: 'border-amber-300 bg-amber-50 text-amber-950',
  in_progress: 'border-violet-300 bg-violet-50 text-violet-950',
  completed: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  no_show: 'border-red-300 bg-red-50 text-red-950',
  cancelled: 'border-slate-300 bg-slate-100 text-slate-800',
};

export async function StatusBadge({ status }: { status: DriveStatus }) {
  const t = await getTranslations('dealer.status');
  return (
    <span className={cx('inline-block rounded-full border px-2 py-0.5 text-xs font-semibold', statusTone[status])} data-testid="drive-status">
      {t(status)}
    </span>
  );
}
