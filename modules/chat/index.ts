// Pure entry of the chat module: message shapes, input schemas and rules shared by client and server.
export * from './types';
export { CANNED_REPLIES, OFFER_TEXTS } from './canned';
export { ADVISOR_HOURS, callbackSlots, initialsOf, resumeAfter, sseEvent, waitingMinutes, withinAdvisorHours } from './rules';
