import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/boss';
import { toPayload, ZJourneyEvent, type JourneyEventPayload, type Touchpoint } from '../events';

/**
 * Recording a touchpoint never slows or breaks the action it records.
 *
 * The action calls `trackJourney` after its own commit; it does not await anything: the event is
 * handed to the `journey.record` pg-boss queue in the background and the worker inserts it. Why not
 * in the action's transaction: pg-boss sends on its own connection (on the embedded database that
 * would even wait behind the open transaction), and a failing insert must not roll the booking
 * back. Why not an inline insert: it would add a write and a failure mode to every action's
 * response. What this gives up: an event enqueued while the process dies right after the commit
 * is lost — acceptable for measurement, and the essential records (the saved car, the hold, the
 * drive, the order) are their own rows anyway.
 *
 * The event id is chosen here, so a job retried by pg-boss inserts the event once.
 * `VIRAGE_JOURNEY=off` (set by the DB test set-up) keeps other modules' tests from starting the
 * job engine; journey's own tests call `recordJourneyEvents` directly.
 */
export function trackJourney(touch: Touchpoint, at: Date = new Date()): void {
  if (process.env.VIRAGE_JOURNEY === 'off') return;
  const payload = toPayload(touch, randomUUID(), at);
  void enqueueJob('journey.record', payload).catch((error: unknown) => console.error('[journey] event not recorded', error));
}

/** The worker's write: validates each payload and inserts it once (retries are harmless). */
export async function recordJourneyEvents(payloads: readonly unknown[]): Promise<number> {
  const events: JourneyEventPayload[] = payloads.flatMap((p) => {
    const parsed = ZJourneyEvent.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
  if (events.length === 0) return 0;
  const { count } = await db.journeyEvent.createMany({
    data: events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })),
    skipDuplicates: true,
  });
  return count;
}
