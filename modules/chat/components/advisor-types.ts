/** The queue and context as the console receives them (JSON: dates are ISO strings). */
export type QueueEntryView = {
  id: string;
  status: 'waiting' | 'assigned';
  advisorId: string | null;
  advisorName: string | null;
  buyerName: string;
  isGuest: boolean;
  createdAt: string;
  lastBuyerAt: string | null;
  lastText: string | null;
  unread: number;
  currentPage: string | null;
  followUp: 'live' | 'email' | 'callback';
  callbackAt: string | null;
  callbackPhone: string | null;
};

// The server's shape, as the JSON route returns it (type-only: nothing of the server reaches the browser).
export type { BuyerContext as BuyerContextView } from '../server/buyer-context';
