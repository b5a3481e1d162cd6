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

export type BuyerContextView = {
  conversationId: string;
  buyer: { name: string; email: string | null; isGuest: boolean };
  currentPage: string | null;
  contextAt: string | null;
  followUp: 'live' | 'email' | 'callback';
  contactEmail: string | null;
  callbackPhone: string | null;
  callbackAt: string | null;
  csat: { score: number; comment: string | null } | null;
  savedConfigurations: { code: string; title: string | null; model: string; totalCents: number; href: string }[];
  holds: { id: string; vin: string; dealershipName: string; expiresAt: string }[];
  orders: { id: string; reference: string; status: string; modelName: { fr: string; en: string }; totalCents: number }[];
  testDrives: { reference: string; status: string; modelCode: string; start: string; dealershipName: string; channel: string }[];
};
