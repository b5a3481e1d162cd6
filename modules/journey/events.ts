import { z } from 'zod';

/** Channels and steps of a customer's journey (the database enums JourneyChannel / JourneyStep). */
export const JOURNEY_CHANNELS = ['web', 'kiosk', 'showroom', 'chat', 'phone'] as const;
export const JOURNEY_STEPS = ['configure', 'save', 'availability', 'finance', 'hold', 'order', 'deposit', 'documents', 'test_drive', 'chat', 'callback', 'survey'] as const;

export type JourneyChannel = (typeof JOURNEY_CHANNELS)[number];
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/**
 * Essential steps are records of the customer's own acts that the service needs to serve them
 * (their saved cars, holds, drives, orders, deposits, documents, requests to be called back):
 * they appear in their timeline and in their account, so they are recorded for everyone.
 * The other steps (configuring, looking at availability or financing, surveys) only measure the
 * experience: they are recorded for visitors who accepted measurement.
 */
export const ESSENTIAL_STEPS: ReadonlySet<JourneyStep> = new Set(['save', 'hold', 'order', 'deposit', 'documents', 'test_drive', 'callback', 'chat']);

export const isEssentialStep = (step: JourneyStep): boolean => ESSENTIAL_STEPS.has(step);

export const ZJourneyEvent = z.object({
  id: z.string().min(8).max(40),
  channel: z.enum(JOURNEY_CHANNELS),
  step: z.enum(JOURNEY_STEPS),
  dealershipId: z.string().max(40).nullable(),
  modelCode: z.string().max(40).nullable(),
  userId: z.string().max(64).nullable(),
  staffUserId: z.string().max(64).nullable(),
  subjectRef: z.string().max(64).nullable(),
  essential: z.boolean(),
  /** ISO instant */
  occurredAt: z.iso.datetime(),
});

/** An event as it travels through the job queue (JSON: the instant is a string). */
export type JourneyEventPayload = z.infer<typeof ZJourneyEvent>;

/** What a caller says happened; the recorder adds the id, the instant and whether it is essential. */
export type Touchpoint = {
  channel: JourneyChannel;
  step: JourneyStep;
  userId?: string | null;
  staffUserId?: string | null;
  dealershipId?: string | null;
  modelCode?: string | null;
  subjectRef?: string | null;
};

export function toPayload(touch: Touchpoint, id: string, at: Date): JourneyEventPayload {
  return {
    id,
    channel: touch.channel,
    step: touch.step,
    dealershipId: touch.dealershipId ?? null,
    modelCode: touch.modelCode ?? null,
    userId: touch.userId ?? null,
    staffUserId: touch.staffUserId ?? null,
    subjectRef: touch.subjectRef?.slice(0, 64) ?? null,
    essential: isEssentialStep(touch.step),
    occurredAt: at.toISOString(),
  };
}
