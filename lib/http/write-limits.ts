import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import type { Viewer } from '@/lib/session';
import { clientAddress } from './client-address';
import { consumeLimit, type LimitRule } from './rate-limit';

/**
 * Abuse limits of the writes a stranger can make without an account (holds, test-drive
 * bookings, saved configurations, guest identities), shared by the API routes (apiRoute
 * `limits`) and the server actions doing the same writes. Counted in PostgreSQL (rate-limit.ts)
 * and multiplied by RATE_LIMIT_FACTOR (1 in production; the e2e server raises it). Staff writing
 * on a buyer's behalf are not limited here: their accounts are created by an admin.
 */
export const WRITE_LIMITS = {
  /** New guest identities per client address: a script without cookies gets a few, not one per request. */
  guestPerIp: { name: 'guest-ip', points: 10, windowSeconds: 3600 },
  holdPerIp: { name: 'hold-ip', points: 60, windowSeconds: 600 },
  holdPerViewer: { name: 'hold-viewer', points: 10, windowSeconds: 600 },
  bookingPerIp: { name: 'booking-ip', points: 20, windowSeconds: 3600 },
  bookingPerViewer: { name: 'booking-viewer', points: 5, windowSeconds: 3600 },
  configurationPerIp: { name: 'configuration-ip', points: 120, windowSeconds: 600 },
  configurationPerViewer: { name: 'configuration-viewer', points: 30, windowSeconds: 600 },
  chatMessagePerIp: { name: 'chat-message-ip', points: 60, windowSeconds: 60 },
  chatMessagePerViewer: { name: 'chat-message-viewer', points: 20, windowSeconds: 60 },
  /** Survey answers and opt-outs from the e-mail link (no sign-in): a script cannot hammer the token check. */
  surveyPerIp: { name: 'survey-ip', points: 30, windowSeconds: 600 },
  /** Typing, read and page reports: frequent but cheap; bounded so a script cannot flood the fan-out. */
  chatSignalPerViewer: { name: 'chat-signal-viewer', points: 240, windowSeconds: 60 },
  chatSignalPerIp: { name: 'chat-signal-ip', points: 600, windowSeconds: 60 },
  /**
   * The offer PDFs anyone can download (summary, FIPEN): each takes a few hundred ms of server CPU,
   * so a script looping on them would take a core. A buyer comparing offers downloads a handful;
   * a showroom's shared address has room for several buyers (staff are not counted).
   */
  pdfPerIp: { name: 'pdf-ip', points: 60, windowSeconds: 600 },
  /**
   * The buyer's order form: rendered afresh on each download until it is signed. A buyer reads it a
   * few times before signing; a script on a verified account would otherwise take a core.
   */
  orderFormPerViewer: { name: 'order-form-viewer', points: 30, windowSeconds: 600 },
} as const satisfies Record<string, LimitRule>;

const STAFF_ROLES: ReadonlySet<string> = new Set(['advisor', 'dealer_staff', 'dealer_manager', 'admin']);
const isStaffViewer = (viewer: Viewer | null) => viewer !== null && !viewer.isGuest && STAFF_ROLES.has(viewer.role);

type LimitContext = { viewer: Viewer | null; ip: string };
export type WriteLimit = { rule: LimitRule; by: (context: LimitContext) => string | null };

/** Per client address, for buyers and anonymous visitors. */
export const perIp = (rule: LimitRule): WriteLimit => ({ rule, by: ({ viewer, ip }) => (isStaffViewer(viewer) ? null : `ip:${ip}`) });
/** Per identity (guest or customer account); anonymous requests are counted by perIp and guestPerIp. */
export const perViewer = (rule: LimitRule): WriteLimit => ({ rule, by: ({ viewer }) => (viewer && !isStaffViewer(viewer) ? `user:${viewer.id}` : null) });

export const HOLD_LIMITS = [perIp(WRITE_LIMITS.holdPerIp), perViewer(WRITE_LIMITS.holdPerViewer)] as const;
export const BOOKING_LIMITS = [perIp(WRITE_LIMITS.bookingPerIp), perViewer(WRITE_LIMITS.bookingPerViewer)] as const;
export const CHAT_MESSAGE_LIMITS = [perIp(WRITE_LIMITS.chatMessagePerIp), perViewer(WRITE_LIMITS.chatMessagePerViewer)] as const;
export const CHAT_SIGNAL_LIMITS = [perIp(WRITE_LIMITS.chatSignalPerIp), perViewer(WRITE_LIMITS.chatSignalPerViewer)] as const;
export const SURVEY_LIMITS = [perIp(WRITE_LIMITS.surveyPerIp)] as const;
export const PDF_LIMITS = [perIp(WRITE_LIMITS.pdfPerIp)] as const;
export const ORDER_FORM_LIMITS = [...PDF_LIMITS, perViewer(WRITE_LIMITS.orderFormPerViewer)] as const;
export const CONFIGURATION_LIMITS = [perIp(WRITE_LIMITS.configurationPerIp), perViewer(WRITE_LIMITS.configurationPerViewer)] as const;

export async function enforceLimits(limits: readonly WriteLimit[], context: LimitContext): Promise<void> {
  for (const limit of limits) {
    const key = limit.by(context);
    if (key !== null) await consumeLimit(limit.rule, key);
  }
}

/** The client address of the request being served (server actions have no Request object). */
export async function requestClientAddress(): Promise<string> {
  return clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
}
