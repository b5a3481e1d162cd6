/**
 * Which pages are measured page views, without zod: the beacon runs on every page, and whatever it
 * imports is in every page's first-load JS (zod alone is about 32 KB gzip). The request schema
 * stays in page-views.ts, on the server's side.
 */
export const PAGE_VIEW_STEPS = ['configure', 'availability', 'finance'] as const;
export type PageViewStep = (typeof PAGE_VIEW_STEPS)[number];
export type PageView = { step: PageViewStep; model: string | null };

const MODEL_CODE = /^[a-z0-9-]{1,40}$/;

/** The page view a path is, or null for pages that are not measured. */
export function pageViewOf(pathname: string, search: URLSearchParams): PageView | null {
  const configure = /^\/configure\/([a-z0-9-]{1,40})\/?$/.exec(pathname);
  if (configure?.[1]) return { step: 'configure', model: configure[1] };
  const model = search.get('model');
  const known = model && MODEL_CODE.test(model) ? model : null;
  if (pathname === '/availability') return { step: 'availability', model: known };
  if (pathname === '/financing') return { step: 'finance', model: known };
  return null;
}
