// Server entry of the chat module: conversations, messages, the live streams and the advisor console's reads.
import 'server-only';

export { answersFor, conversationFor, isAdvisor, isDealerStaffOf, requireAdvisor } from './server/access';
export { attachFile, readAttachment } from './server/attachments';
export { acceptHoldOffer, offerFinancing, offerHold, sendOrderLink } from './server/offers';
export { dealerConversation, dealershipConversations, routeToDealership, type DealerConversation } from './server/routing';
export { RedisFanout } from './server/redis-fanout';
export { advisorHeartbeat, advisorLeft, liveAvailable, onlineAdvisorCount, advisorLimits, pickAdvisor, requeueAbandoned, setAdvisorLimit, ONLINE_WINDOW_MS, REQUEUE_GRACE_MS } from './server/assignment';
export { buyerContext, type BuyerContext } from './server/buyer-context';
export {
  chooseFollowUp,
  claimConversation,
  closeConversation,
  conversationView,
  currentConversationOf,
  logCallOutcome,
  markRead,
  openConversation,
  postMessage,
  rateConversation,
  reportContext,
  setTyping,
  transferConversation,
} from './server/conversations';
export { conversationsOf, type ConversationSummary } from './server/history';
export { chatFanout, InProcessFanout, PostgresFanout, QUEUE_KEY, type ChatFanout, type ChatSignal } from './server/fanout';
export { appendMessage, messagesAfter } from './server/messages';
export { assignedAdvisor, bookOfferedSlot, offerSlots, pushConfiguration } from './server/rich';
export { advisorQueue, listAdvisors, recentRatings, type QueueEntry, type RatedConversation } from './server/queue';
export { chatEventStream, SSE_HEADERS } from './server/stream';
export { MAX_STREAMS_PER_VIEWER, takeStreamSlot } from './server/stream-slots';
