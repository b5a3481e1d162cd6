'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction, type ActionResult } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { ZRename } from './profile';
import { deleteAccount, deleteSaved, renameSaved, saveProfile } from './server';

/** The buyer's own account: every action acts on the signed-in customer's own identity only. */
const CUSTOMER = ['customer'] as const;

const checkbox = (form: FormData, name: string) => form.get(name) === 'on';
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export async function saveProfileAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const raw = {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    phone: text(form, 'phone'),
    street: text(form, 'street'),
    postalCode: text(form, 'postalCode'),
    city: text(form, 'city'),
    preferredDealershipId: text(form, 'preferredDealershipId'),
    contactByEmail: checkbox(form, 'contactByEmail'),
    contactByPhone: checkbox(form, 'contactByPhone'),
    contactBySms: checkbox(form, 'contactBySms'),
  };
  return serverAction({ name: 'account.profile', input: z.unknown(), roles: CUSTOMER }, raw, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await saveProfile(viewer.id, input);
    revalidatePath('/account');
    return null;
  });
}

export async function renameSavedAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  return serverAction({ name: 'account.rename', input: ZRename, roles: CUSTOMER }, { code: text(form, 'code'), title: text(form, 'title') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await renameSaved(viewer.id, input.code, input.title);
    revalidatePath('/account');
    return null;
  });
}

export async function deleteSavedAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  return serverAction({ name: 'account.delete-saved', input: z.object({ code: z.string().min(1).max(32) }), roles: CUSTOMER }, { code: text(form, 'code') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await deleteSaved(viewer.id, input.code);
    revalidatePath('/account');
    revalidatePath('/garage');
    return null;
  });
}

/** Deleting needs the word typed (SUPPRIMER or DELETE): a stray click cannot do it. */
export async function deleteAccountAction(_previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await serverAction({ name: 'account.delete', input: z.object({ confirm: z.string().max(20) }), roles: CUSTOMER }, { confirm: text(form, 'confirm') }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    if (!['SUPPRIMER', 'DELETE'].includes(input.confirm.trim().toUpperCase())) throw new AppError('VALIDATION_FAILED', 'Type the word to confirm.', { reason: 'ACCOUNT_DELETE_CONFIRM' });
    await deleteAccount(viewer.id);
    return null;
  });
  if (result.ok) redirect('/?accountDeleted=1');
  return result;
}
