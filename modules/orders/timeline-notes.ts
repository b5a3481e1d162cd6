/**
 * Notes on an order's trail (entries that do not change its status). The trail stores a plain,
 * stable audit text (what staff and logs read); the order pages say each note in the reader's
 * language from the key and values parsed back here. Unknown texts are shown as stored.
 */
export type TimelineNote =
  | { key: 'handoverBooked' | 'handoverBookedAtCheckout'; at: string }
  | { key: 'handoverMoved' | 'handoverMovedByBuyer'; from: string; at: string }
  | { key: 'returnRequested' }
  | { key: 'balanceReceived' | 'balanceRefunded'; method: string | null }
  | { key: 'orderFormSigned'; name: string };

const ISO = '(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z)';
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => TimelineNote]> = [
  [new RegExp(`^handover booked at checkout for ${ISO}$`), (m) => ({ key: 'handoverBookedAtCheckout', at: m[1]! })],
  [new RegExp(`^handover booked for ${ISO}$`), (m) => ({ key: 'handoverBooked', at: m[1]! })],
  [new RegExp(`^handover moved by the buyer from ${ISO} to ${ISO}$`), (m) => ({ key: 'handoverMovedByBuyer', from: m[1]!, at: m[2]! })],
  [new RegExp(`^handover moved from ${ISO} to ${ISO}$`), (m) => ({ key: 'handoverMoved', from: m[1]!, at: m[2]! })],
  [/^return requested \(right of withdrawal, L221-18\)$/, () => ({ key: 'returnRequested' })],
  [/^balance received \((\w+)\)$/, (m) => ({ key: 'balanceReceived', method: m[1]! })],
  [/^balance paid back(?: \((\w+)\))?$/, (m) => ({ key: 'balanceRefunded', method: m[1] ?? null })],
  [/^Bon de commande \S+ signé par (.+)$/s, (m) => ({ key: 'orderFormSigned', name: m[1]! })],
];

export function timelineNoteOf(reason: string): TimelineNote | null {
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return read(match);
  }
  return null;
}

/** The stored texts, written where the notes are made (so the parser above reads what is written). */
export const noteText = {
  handoverBooked: (at: string) => `handover booked for ${at}`,
  handoverBookedAtCheckout: (at: string) => `handover booked at checkout for ${at}`,
  handoverMoved: (from: string, at: string) => `handover moved from ${from} to ${at}`,
  handoverMovedByBuyer: (from: string, at: string) => `handover moved by the buyer from ${from} to ${at}`,
  returnRequested: () => 'return requested (right of withdrawal, L221-18)',
  balanceReceived: (method: string) => `balance received (${method})`,
  balanceRefunded: (method: string | null) => (method ? `balance paid back (${method})` : 'balance paid back'),
  orderFormSigned: (reference: string, name: string) => `Bon de commande ${reference} signé par ${name}`,
} as const;
