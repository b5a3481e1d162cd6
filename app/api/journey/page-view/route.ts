import { apiRoute } from '@/lib/http/route';
import { measurementOfCookieHeader, pageViewTouch, ZPageView } from '@/modules/journey';
import { trackJourney } from '@/modules/journey/server';

export const dynamic = 'force-dynamic';

/** A beacon per page view and a few pages a minute: more from one address is not a person reading. */
const PAGE_VIEW_LIMIT = { name: 'journey-page-view-ip', points: 60, windowSeconds: 60 };

/**
 * POST /api/journey/page-view (navigator.sendBeacon): a consenting visitor looked at the
 * configurator, availability or financing. Recorded through the journey queue (never inline);
 * without the measurement cookie set to granted nothing is recorded, and the reply is the same.
 */
export const POST = apiRoute(
  { name: 'journey.page-view', body: ZPageView, maxBodyBytes: 256, limits: [{ rule: PAGE_VIEW_LIMIT, by: 'ip' }] },
  async ({ request, viewer, body }) => {
    const touch = pageViewTouch(body, measurementOfCookieHeader(request.headers.get('cookie')) === 'granted', viewer?.id ?? null);
    if (touch) trackJourney(touch);
    return new Response(null, { status: 204 });
  },
);
