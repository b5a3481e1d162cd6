'use server';
// Back-office server actions. Each one checks the role with requireRole (through
// requireDealerScope) before reading the form, and passes the dealer's own dealership / actor to
// the services, which refuse anything of another dealership.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireRole } from '@/lib/session';
import {
  actorFromViewer,
  addCarMaintenance,
  addStaffTimeOff,
  bookDrive,
  cancelDrive,
  checkInDrive,
  finishDrive,
  markNoShow,
  moveDrive,
  removeCarMaintenance,
  removeStaffTimeOff,
  startDrive,
  type Actor,
} from '@/modules/test-drives/server';
import { localInputToUtc } from './calendar';
import { setDemoCarActive } from './fleet';
import { runFormAction } from './form-action';
import type { FormState } from './form-state';
import {
  ZCancelInput,
  ZCheckInInput,
  ZCreateDriveInput,
  ZDriveId,
  ZFinishInput,
  ZMaintenanceInput,
  ZMoveInput,
  ZSettingsInput,
  ZStaffHoursInput,
  ZStartInput,
  ZTimeOffInput,
} from './schemas';
import { DEALER_ROLES, MANAGER_ROLES, scopeOf, type DealerScope } from './scope';
import { getDealershipSettings, updateDealershipSettings } from './settings';
import { updateStaffHours } from './staff';

type Ctx = DealerScope & { actor: Actor };

async function dealer(): Promise<Ctx> {
  const viewer = await requireRole(DEALER_ROLES);
  return { ...scopeOf(viewer), actor: actorFromViewer(viewer) };
}

async function manager(): Promise<Ctx> {
  const viewer = await requireRole(MANAGER_ROLES);
  return { ...scopeOf(viewer), actor: actorFromViewer(viewer) };
}

async function timeZoneOf(ctx: Ctx): Promise<string> {
  return (await getDealershipSettings(ctx.dealershipId)).timeZone;
}

function refreshDrive(driveId: string) {
  revalidatePath('/dealer');
  revalidatePath(`/dealer/drives/${driveId}`);
}

// ---------- Drives ----------

export async function createDriveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state, data: created } = await runFormAction(data, dealer, ZCreateDriveInput, async (input, ctx) => {
    const booked = await bookDrive(ctx.actor, {
      dealershipId: ctx.dealershipId,
      modelCode: input.modelCode,
      kind: input.kind,
      durationMinutes: input.durationMinutes,
      start: input.start,
      home: input.kind === 'home' ? input.home : undefined,
      driver: input.driver,
      locale: input.locale,
      channel: input.channel,
      note: input.note,
    });
    return { id: booked.drive.id };
  }, 'done.created');
  if (!created) return state;
  revalidatePath('/dealer');
  redirect(`/dealer/drives/${created.id}?created=1`);
}

export async function checkInAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZCheckInInput, async (input, ctx) => {
    await checkInDrive(ctx.actor, input.driveId, { licenceSeen: true });
    refreshDrive(input.driveId);
  }, 'done.checkedIn');
  return state;
}

export async function startDriveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZStartInput, async (input, ctx) => {
    await startDrive(ctx.actor, input.driveId, { startMileageKm: input.startMileageKm });
    refreshDrive(input.driveId);
  }, 'done.started');
  return state;
}

export async function finishDriveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZFinishInput, async (input, ctx) => {
    await finishDrive(ctx.actor, input.driveId, {
      finishMileageKm: input.finishMileageKm,
      notes: input.notes,
      mileageOverrideReason: input.mileageConfirmed === 'on' ? input.mileageOverrideReason : undefined,
    });
    refreshDrive(input.driveId);
  }, 'done.finished');
  return state;
}

export async function noShowAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZDriveId, async (input, ctx) => {
    await markNoShow(ctx.actor, input.driveId);
    refreshDrive(input.driveId);
  }, 'done.noShow');
  return state;
}

export async function cancelDriveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZCancelInput, async (input, ctx) => {
    await cancelDrive(ctx.actor, input.driveId, input.reason);
    refreshDrive(input.driveId);
  }, 'done.cancelled');
  return state;
}

export async function moveDriveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZMoveInput, async (input, ctx) => {
    await moveDrive(ctx.actor, input.driveId, { start: localInputToUtc(input.start, await timeZoneOf(ctx)) });
    refreshDrive(input.driveId);
  }, 'done.moved');
  return state;
}

// ---------- Fleet (staff and managers) ----------

export async function addMaintenanceAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, ZMaintenanceInput, async (input, ctx) => {
    const tz = await timeZoneOf(ctx);
    await addCarMaintenance(ctx.actor, { carId: input.carId, start: localInputToUtc(input.start, tz), end: localInputToUtc(input.end, tz), reason: input.reason });
    revalidatePath('/dealer/fleet');
  }, 'done.maintenanceAdded');
  return state;
}

export async function removeMaintenanceAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, dealer, z.object({ id: z.string().min(1).max(64) }), async (input, ctx) => {
    await removeCarMaintenance(ctx.actor, input.id);
    revalidatePath('/dealer/fleet');
  }, 'done.maintenanceRemoved');
  return state;
}

export async function setCarActiveAction(_prev: FormState, data: FormData): Promise<FormState> {
  const schema = z.object({ carId: z.string().min(1).max(64), active: z.enum(['true', 'false']) });
  const { state } = await runFormAction(data, dealer, schema, async (input, ctx) => {
    await setDemoCarActive(ctx.dealershipId, input.carId, input.active === 'true');
    revalidatePath('/dealer/fleet');
  }, 'done.carUpdated');
  return state;
}

// ---------- Staff and settings (managers) ----------

export async function updateStaffHoursAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, manager, ZStaffHoursInput, async (input, ctx) => {
    await updateStaffHours(ctx.dealershipId, input.staffId, input.hours);
    revalidatePath('/dealer/staff');
  }, 'done.hoursSaved');
  return state;
}

export async function addTimeOffAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, manager, ZTimeOffInput, async (input, ctx) => {
    const tz = await timeZoneOf(ctx);
    await addStaffTimeOff(ctx.actor, { staffId: input.staffId, start: localInputToUtc(input.start, tz), end: localInputToUtc(input.end, tz), reason: input.reason });
    revalidatePath('/dealer/staff');
  }, 'done.timeOffAdded');
  return state;
}

export async function removeTimeOffAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, manager, z.object({ id: z.string().min(1).max(64) }), async (input, ctx) => {
    await removeStaffTimeOff(ctx.actor, input.id);
    revalidatePath('/dealer/staff');
  }, 'done.timeOffRemoved');
  return state;
}

export async function updateSettingsAction(_prev: FormState, data: FormData): Promise<FormState> {
  const { state } = await runFormAction(data, manager, ZSettingsInput, async (input, ctx) => {
    await updateDealershipSettings(ctx.dealershipId, input);
    revalidatePath('/dealer/settings');
    revalidatePath('/dealer');
  }, 'done.settingsSaved');
  return state;
}
