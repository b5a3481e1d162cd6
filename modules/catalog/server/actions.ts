'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/action';
import { ensureViewer } from '@/lib/session';
import { saveQuote } from './configurations';
import { quoteExact } from './quote';

/** Saves the configuration for the current visitor (a guest identity is created if needed). */
export async function saveConfigurationAction(input: unknown): Promise<ActionResult<{ code: string }>> {
  return runAction(async () => {
    const quote = quoteExact(input);
    const viewer = await ensureViewer();
    const saved = await saveQuote(viewer.id, quote);
    revalidatePath('/garage');
    return { code: saved.code };
  });
}
