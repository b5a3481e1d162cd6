import 'server-only';
import { db } from '@/lib/db';
import { listDealershipDrives } from '../server/queries';
import type { DriveView } from '@/modules/test-drives/types';
import { modelName, type Lang } from '@/modules/test-drives/catalog-names';
import { visibleRange, type CalendarParams } from './calendar';
import type { DealershipSettings } from './settings';

export type CalendarRow = { id: string; label: string; detail: string; active: boolean };
export type CalendarBlock = { id: string; rowId: string; start: Date; end: Date; reason: string | null };
export type CalendarDrive = DriveView & { startAt: Date; endAt: Date };

export type CalendarData = {
  settings: DealershipSettings;
  rows: CalendarRow[];
  drives: CalendarDrive[];
  /** Maintenance (by car) or time off (by staff member) overlapping the visible range. */
  blocks: CalendarBlock[];
};

/** Everything the calendar shows, for the viewer's dealership only. Cancelled drives are left out. */
export async function loadCalendar(dealershipId: string, settings: DealershipSettings, params: CalendarParams, lang: Lang): Promise<CalendarData> {
  const range = visibleRange(params, settings.timeZone);
  const overlaps = { startsAt: { lt: range.end }, endsAt: { gt: range.start } };
  const views = await listDealershipDrives(dealershipId, { from: range.start, to: range.end }, {
    statuses: ['scheduled', 'checked_in', 'in_progress', 'completed', 'no_show'],
  });
  const drives = views.map((d) => ({ ...d, startAt: new Date(d.start), endAt: new Date(d.end) }));

  if (params.by === 'car') {
    const cars = await db.demoCar.findMany({
      where: { dealershipId, displayOnly: false },
      orderBy: [{ modelCode: 'asc' }, { plate: 'asc' }],
      select: { id: true, modelCode: true, plate: true, active: true, maintenance: { where: overlaps, select: { id: true, startsAt: true, endsAt: true, reason: true } } },
    });
    return {
      settings,
      drives,
      rows: cars.map((c) => ({ id: c.id, label: modelName(c.modelCode, lang), detail: c.plate, active: c.active })),
      blocks: cars.flatMap((c) => c.maintenance.map((m) => ({ id: m.id, rowId: c.id, start: m.startsAt, end: m.endsAt, reason: m.reason }))),
    };
  }
  const staff = await db.staff.findMany({
    where: { dealershipId },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, role: true, active: true, timeOff: { where: overlaps, select: { id: true, startsAt: true, endsAt: true, reason: true } } },
  });
  return {
    settings,
    drives,
    rows: staff.map((s) => ({ id: s.id, label: s.name, detail: s.role, active: s.active })),
    blocks: staff.flatMap((s) => s.timeOff.map((o) => ({ id: o.id, rowId: s.id, start: o.startsAt, end: o.endsAt, reason: o.reason }))),
  };
}
