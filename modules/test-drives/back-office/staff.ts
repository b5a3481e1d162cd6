import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStoredWeek, type StoredWeek } from './hours';

export type StaffMemberRow = {
  id: string;
  name: string;
  email: string;
  role: 'sales_advisor' | 'product_specialist';
  active: boolean;
  workingHours: StoredWeek;
  timeOff: { id: string; startsAt: Date; endsAt: Date; reason: string | null }[];
};

export async function listStaff(dealershipId: string, now: Date): Promise<StaffMemberRow[]> {
  const rows = await db.staff.findMany({
    where: { dealershipId },
    orderBy: { name: 'asc' },
    select: {
      id: true, name: true, email: true, role: true, active: true, workingHours: true,
      timeOff: { where: { endsAt: { gt: now } }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
    },
  });
  return rows.map((r) => ({ ...r, workingHours: readStoredWeek(r.workingHours) }));
}

export async function updateStaffHours(dealershipId: string, staffId: string, hours: StoredWeek): Promise<void> {
  const { count } = await db.staff.updateMany({ where: { id: staffId, dealershipId }, data: { workingHours: hours } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such staff member in this dealership.');
}
