'use server';
import { runAction, type ActionResult } from '@/lib/action';
import { computeFinancing, type FinancingResult } from './financing';

/** Recomputes the offers when a slider moves: amounts come from the server price, never the client. */
export async function quoteFinancingAction(input: unknown): Promise<ActionResult<FinancingResult>> {
  return runAction(async () => computeFinancing(input, new Date()));
}
