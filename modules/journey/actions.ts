'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction, type ActionResult } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { grantConsent, withdrawConsent } from './server';

/** The customer, signed in, accepts the code a showroom tablet shows them (see server/staff-access.ts). */
export async function acceptConsentAction(_previous: ActionResult<{ dealershipId: string }> | null, form: FormData): Promise<ActionResult<{ dealershipId: string }>> {
  const code = form.get('code');
  return serverAction({ name: 'journey.consent.accept', input: z.object({ code: z.string().trim().min(1).max(20) }), roles: ['customer'] }, { code: typeof code === 'string' ? code : '' }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const granted = await grantConsent(viewer.id, input.code);
    revalidatePath('/account');
    return granted;
  });
}

export async function revokeConsentAction(form: FormData): Promise<void> {
  const id = form.get('id');
  await serverAction({ name: 'journey.consent.revoke', input: z.object({ id: z.string().min(1).max(40) }), roles: ['customer'] }, { id: typeof id === 'string' ? id : '' }, async (input, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await withdrawConsent(viewer.id, input.id);
    revalidatePath('/account');
  });
}
