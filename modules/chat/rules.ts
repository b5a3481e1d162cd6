import { TZDate } from '@date-fns/tz';

/** The advisors' hours, Europe/Paris: Monday to Saturday, 9:00–19:00 (what the launcher always said). */
export const ADVISOR_HOURS = { firstDay: 1, lastDay: 6, openHour: 9, closeHour: 19, timeZone: 'Europe/Paris' } as const;

export function withinAdvisorHours(now: Date): boolean {
  const local = new TZDate(now.getTime(), ADVISOR_HOURS.timeZone);
  const day = local.getDay();
  const hour = local.getHours();
  return day >= ADVISOR_HOURS.firstDay && day <= ADVISOR_HOURS.lastDay && hour >= ADVISOR_HOURS.openHour && hour < ADVISOR_HOURS.closeHour;
}

/** "Camille Martin" → "CM": the advisor's photo stand-in. */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => (w ?? '').charAt(0).toLocaleUpperCase('fr')).join('') || '?';
}

/** Callback slots the buyer may pick: the next advisor-hour starts, on the hour, up to `count`. */
export function callbackSlots(now: Date, count = 8): Date[] {
  const slots: Date[] = [];
  let cursor = new Date(Math.ceil((now.getTime() + 30 * 60_000) / 3_600_000) * 3_600_000);
  for (let guard = 0; slots.length < count && guard < 24 * 14; guard++) {
    if (withinAdvisorHours(cursor)) slots.push(cursor);
    cursor = new Date(cursor.getTime() + 3_600_000);
  }
  return slots;
}

/** A conversation's waiting time in whole minutes, for the queue. */
export const waitingMinutes = (since: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));

/** Server-Sent Events framing of one event; `data` lines cannot contain a bare newline, JSON never does. */
export function sseEvent(event: { id?: number; event?: string; data: unknown }): string {
  return `${event.id !== undefined ? `id: ${event.id}\n` : ''}${event.event ? `event: ${event.event}\n` : ''}data: ${JSON.stringify(event.data)}\n\n`;
}

/** The resume point of a stream: Last-Event-ID (the browser's reconnection) wins over ?after=. */
export function resumeAfter(lastEventId: string | null, after: string | null): number {
  for (const raw of [lastEventId, after]) {
    if (raw !== null && /^\d{1,9}$/.test(raw.trim())) return Number(raw.trim());
  }
  return 0;
}
