// Sizes the buyer's launcher needs in every page's first-load JS, apart from types.ts, whose zod
// schemas (about 30 KB gzip of zod) would come with them.

/** The longest message a buyer or an advisor may send, in characters (the body limit follows from it). */
export const MAX_MESSAGE_CHARS = 2000;
export const MAX_COMMENT_CHARS = 1000;
export const MAX_PAGE_CHARS = 600;
