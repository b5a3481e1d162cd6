'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/action';
import { CONFIGURATION_LIMITS, enforceLimits, requestClientAddress } from '@/lib/http/write-limits';
import { ensureViewer, getViewer } from '@/lib/session';
import { saveQuote } from './configurations';
import { quoteExact } from './quote';

/**
 * Saves the configuration for the current visitor: the same write and limits as
 * POST /api/configurations; a guest identity is created only for a valid configuration within limits.
 */
export async function saveConfigurationAction(input: unknown): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const quote = quoteExact(input);
    await enforceLimits(CONFIGURATION_LIMITS, { viewer: await getViewer(), ip: await requestClientAddress() });
    const viewer = await ensureViewer();
    const saved = await saveQuote(viewer.id, quote);
    revalidatePath('/garage');
    return { code: saved.code };
  });
}
