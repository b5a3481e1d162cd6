import 'server-only';
import type { SlotView } from '../types';
import { assertDealershipAccess, assertStaff, type Actor } from './access';
import { listSlots, type SlotQuery } from './availability';

export type ProposalView = { dealershipId: string; buyerEmail: string | null; slots: SlotView[] };

/**
 * A few free slots an advisor can offer a buyer: the first free slot of successive days, then
 * later ones, so the choice covers several days rather than one morning. Nothing is held:
 * booking one re-checks it (a slot gone by then is refused with SLOT_TAKEN).
 */
export function spreadSlots(days: readonly { slots: readonly SlotView[] }[], count: number): SlotView[] {
  const withSlots = days.filter((d) => d.slots.length > 0);
  if (withSlots.length === 0 || count <= 0) return [];
  const rounds = Math.ceil(count / withSlots.length);
  const picked = new Set<SlotView>();
  for (let round = 0; round < rounds; round++) {
    for (const day of withSlots) {
      const slot = day.slots[Math.floor((round * day.slots.length) / rounds)];
      if (slot && picked.size < count) picked.add(slot);
    }
  }
  return [...picked].sort((a, b) => a.start.localeCompare(b.start));
}

export async function proposeSlots(actor: Actor, input: SlotQuery & { count?: number; buyerEmail?: string }, now: Date = new Date()): Promise<ProposalView> {
  assertStaff(actor);
  assertDealershipAccess(actor, input.dealershipId);
  const days = await listSlots(input, now);
  return { dealershipId: input.dealershipId, buyerEmail: input.buyerEmail ?? null, slots: spreadSlots(days, Math.min(Math.max(input.count ?? 3, 1), 10)) };
}
