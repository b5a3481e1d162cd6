import { z } from 'zod';

import { MAX_COMMENT_CHARS, MAX_MESSAGE_CHARS, MAX_PAGE_CHARS } from './limits';

export { MAX_COMMENT_CHARS, MAX_MESSAGE_CHARS, MAX_PAGE_CHARS } from './limits';

export type ChatStatus = 'waiting' | 'assigned' | 'closed';
export type ChatSide = 'buyer' | 'advisor';
export type ChatMessageKind =
  | 'text'
  | 'configuration'
  | 'slots'
  | 'booking'
  | 'callback_outcome'
  | 'transfer'
  | 'closed'
  | 'financing'
  | 'hold_offer'
  | 'hold'
  | 'order_link'
  | 'attachment';

export type ProposedSlot = { start: string; end: string };
export type SlotsPayload = { dealershipId: string; modelCode: string; kind: 'showroom' | 'home'; slots: ProposedSlot[]; advisorId: string };
/** `push`: the advisor asks to apply it on the configurator the buyer has open (applied only on their consent). */
export type ConfigurationPayload = { href: string; push?: boolean };
/** A financing offer: the monthly figure computed by the server for the buyer's configuration; `href` opens /financing with those terms. */
export type FinancingPayload = { href: string; productId: string; productName: { fr: string; en: string }; monthlyCents: number; months: number; cashDepositCents: number; advisorId: string };
/** A stock car the advisor proposes to hold for the buyer. */
export type HoldOfferPayload = { vehicleId: string; vin: string; modelCode: string; dealershipName: string; priceCents: number; advisorId: string };
export type HoldPayload = { holdId: string; vehicleId: string; expiresAt: string; proposedBy: string };
/** A link to continue one of the buyer's own orders. */
export type OrderLinkPayload = { orderId: string; reference: string; href: string };
export type AttachmentPayload = { key: string; name: string; contentType: string; sizeBytes: number };
export type BookingPayload = { reference: string; start: string; proposedBy: string | null };

export type ChatMessageView = {
  seq: number;
  authorRole: 'buyer' | 'advisor' | 'system';
  authorName: string | null;
  kind: ChatMessageKind;
  body: string;
  payload: unknown;
  createdAt: string;
};

export type ConversationView = {
  id: string;
  status: ChatStatus;
  /** Who answers: the advisor, or the dealership the conversation was routed to. */
  advisorName: string | null;
  dealershipName: string | null;
  lastSeq: number;
  buyerReadSeq: number;
  advisorReadSeq: number;
  followUp: 'live' | 'email' | 'callback';
  csatScore: number | null;
};

/** A message's text: trimmed, non-empty, bounded. Rendered as text on every side, never as HTML. */
export const ZMessageText = z.string().trim().min(1).max(MAX_MESSAGE_CHARS);

export const ZPostMessage = z.strictObject({ text: ZMessageText });

/** The page the buyer is on: a same-site path with its query (the configurator keeps the car there). */
export const ZPagePath = z
  .string()
  .max(MAX_PAGE_CHARS)
  .regex(/^\/(?!\/)[^\s\\]*$/, 'a same-site path');

export const ZOpenConversation = z.strictObject({ text: ZMessageText, page: ZPagePath.optional(), locale: z.enum(['fr', 'en']).default('fr') });

export const ZFollowUp = z.discriminatedUnion('followUp', [
  z.strictObject({ followUp: z.literal('email'), email: z.email().max(200) }),
  z.strictObject({
    followUp: z.literal('callback'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .()-]{6,24}$/, 'a phone number'),
    at: z.iso.datetime({ offset: true }),
  }),
]);

export const ZCsat = z.strictObject({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(MAX_COMMENT_CHARS).optional() });

export const ZContext = z.strictObject({ page: ZPagePath });

export const ZTyping = z.strictObject({ typing: z.boolean() });
/** Messages are numbered in a PostgreSQL integer: a larger number is refused here (422), not by the database (500). */
const MAX_SEQ = 2_147_483_647;
/** A message of a conversation, by its number. */
export const ZMessageSeq = z.number().int().min(1).max(MAX_SEQ);
export const ZRead = z.strictObject({ seq: z.number().int().min(0).max(MAX_SEQ) });
/** The advisors' manager sets how many live conversations an advisor is given automatically (form and API). */
export const ZAdvisorLimit = z.strictObject({ maxConcurrent: z.int().min(1).max(50) });

export const ZFinancingOfferInput = z.strictObject({
  productId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  cashDepositCents: z.int().min(0).max(100_000_000),
  durationMonths: z.int().min(12).max(120),
});

/** An attachment's displayed name: no path, bounded. */
export const ZAttachmentName = z
  .string()
  .trim()
  .max(120)
  .transform((name) => [...name.replace(/^.*[\\/]/, '')].filter((c) => c >= ' ').join('') || 'file');
