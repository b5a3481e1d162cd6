'use server';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/action';
import { ensureViewer } from '@/lib/session';
import type { PriceBreakdown } from '../pricing';
import type { Configuration } from '../types';
import { saveQuote } from './configurations';
import type { MonthlyEstimate } from './estimate';
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

/** The server's price for a configuration the client has in hand (strict: 4xx when invalid). */
export async function priceConfigurationAction(
  input: unknown,
): Promise<ActionResult<{ configuration: Configuration; price: PriceBreakdown; estimate: MonthlyEstimate | null }>> {
  return runAction(async () => quoteExact(input));
}
