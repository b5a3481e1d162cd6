import { z } from 'zod';
import { apiRoute } from '@/lib/http/route';
import { MAX_MESSAGE_CHARS, ZFinancingOfferInput, ZMessageText } from '@/modules/chat';
import { claimConversation, logCallOutcome, offerFinancing, offerHold, offerSlots, pushConfiguration, routeToDealership, sendOrderLink, transferConversation } from '@/modules/chat/server';
import { ZConversationParams } from '../params';

export const dynamic = 'force-dynamic';

const ZAdvisorAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('claim') }),
  z.strictObject({ action: z.literal('transfer'), advisorId: z.string().min(1).max(64) }),
  z.strictObject({ action: z.literal('call-outcome'), text: ZMessageText }),
  z.strictObject({ action: z.literal('configuration'), href: z.string().min(1).max(600), text: ZMessageText, push: z.boolean().optional() }),
  z.strictObject({ action: z.literal('financing'), ...ZFinancingOfferInput.shape, text: ZMessageText }),
  z.strictObject({ action: z.literal('hold-offer'), vehicleId: z.string().min(1).max(64), text: ZMessageText }),
  z.strictObject({ action: z.literal('order-link'), orderId: z.string().min(1).max(64), text: ZMessageText }),
  z.strictObject({ action: z.literal('route-dealer'), dealershipId: z.string().min(1).max(64) }),
  z.strictObject({ action: z.literal('slots'), dealershipId: z.string().min(1).max(64), modelCode: z.string().min(1).max(64), text: ZMessageText }),
]);

/**
 * POST /api/chat/conversations/:id/advisor: claim (409 ALREADY_CLAIMED for the second advisor),
 * transfer (to an advisor, or routed to a dealership's staff), log a call's outcome, and the rich
 * messages the buyer acts on: a configuration (optionally pushed onto their configurator), test-drive
 * slots, a financing offer, a stock car to hold, a link to one of their orders.
 */
export const POST = apiRoute(
  { name: 'chat.advisor', params: ZConversationParams, body: ZAdvisorAction, maxBodyBytes: MAX_MESSAGE_CHARS * 4 + 1024, roles: ['advisor', 'admin'] },
  async ({ viewer, params, body }) => {
    if (body.action === 'claim') await claimConversation(viewer, params.id);
    else if (body.action === 'transfer') await transferConversation(viewer, params.id, body.advisorId);
    else if (body.action === 'call-outcome') await logCallOutcome(viewer, params.id, body.text);
    else if (body.action === 'configuration') await pushConfiguration(viewer, params.id, body);
    else if (body.action === 'financing') await offerFinancing(viewer, params.id, body);
    else if (body.action === 'hold-offer') await offerHold(viewer, params.id, body);
    else if (body.action === 'order-link') await sendOrderLink(viewer, params.id, body);
    else if (body.action === 'route-dealer') await routeToDealership(viewer, params.id, body.dealershipId);
    else await offerSlots(viewer, params.id, body);
    return new Response(null, { status: 204 });
  },
);
