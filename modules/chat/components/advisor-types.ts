// The queue and context as the console receives them: the server's shapes, whose dates are already
// ISO strings (type-only exports: nothing of the server reaches the browser).
export type { QueueEntry as QueueEntryView } from '../server/queue';
export type { BuyerContext as BuyerContextView } from '../server/buyer-context';
