// Pure entry of the chat module: message shapes, input schemas and rules shared by client and server.
export * from './types';
export { CANNED_REPLIES } from './canned';
export { ADVISOR_HOURS, callbackSlots, initialsOf, resumeAfter, sseEvent, waitingMinutes, withinAdvisorHours } from './rules';
