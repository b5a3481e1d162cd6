'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction, type ActionResult } from '@/lib/action';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { CONFIGURATION_LIMITS, enforceLimits, requestClientAddress } from '@/lib/http/write-limits';
import { ensureViewer, getViewer } from '@/lib/session';
import { computeFinancing, financingRequestSchema, type FinancingResult } from './financing';
import { readFinancingParams } from './request';
import { deleteSimulation, saveSimulation } from './simulations';

/** Recomputes the offers when a slider moves: amounts come from the server price, never the client. */
export async function quoteFinancingAction(input: unknown): Promise<ActionResult<FinancingResult>> {
  return serverAction({ name: 'finance.quote', input: financingRequestSchema }, input, async (request) => computeFinancing(request, new Date()));
}

/**
 * "Save this simulation": the link of what the panel shows (configuration and terms) is saved for
 * the visitor, who gets a guest identity if they have none (like saving a configuration). The
 * figures are recomputed from the link on the server.
 */
export async function saveSimulationAction(query: unknown): Promise<ActionResult<{ id: string }>> {
  return serverAction({ name: 'finance.save-simulation', input: z.string().min(1).max(2000) }, query, async (link) => {
    const ip = await requestClientAddress();
    await enforceLimits(CONFIGURATION_LIMITS, { viewer: await getViewer(), ip });
    // Read before an identity is created: a refused link creates no guest.
    if (!readFinancingParams(link)) throw new AppError('BAD_REQUEST', 'Configuration link too long.', { reason: 'CONFIGURATION_LINK_TOO_LONG' });
    const viewer = await ensureViewer();
    if (viewer.role !== 'customer') throw new AppError('FORBIDDEN', 'Staff accounts do not keep simulations.', { reason: 'FORBIDDEN' });
    const saved = await saveSimulation(db, viewer.id, link, new Date());
    revalidatePath('/account');
    return saved;
  });
}

/** Forgets one of the signed-in buyer's simulations (from /account). */
export async function deleteSimulationAction(form: FormData): Promise<void> {
  const id = form.get('id');
  await serverAction({ name: 'finance.delete-simulation', input: z.string().min(1).max(40), roles: ['customer'] }, typeof id === 'string' ? id : '', async (simulationId, viewer) => {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    await deleteSimulation(db, viewer.id, simulationId);
    revalidatePath('/account');
  });
}
