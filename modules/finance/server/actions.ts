'use server';
import { serverAction, type ActionResult } from '@/lib/action';
import { computeFinancing, financingRequestSchema, type FinancingResult } from './financing';

/** Recomputes the offers when a slider moves: amounts come from the server price, never the client. */
export async function quoteFinancingAction(input: unknown): Promise<ActionResult<FinancingResult>> {
  return serverAction({ name: 'finance.quote', input: financingRequestSchema }, input, async (request) => computeFinancing(request, new Date()));
}
