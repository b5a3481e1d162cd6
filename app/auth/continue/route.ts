import { apiRoute } from '@/lib/http/route';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { homeFor } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** After any sign-in (password or magic link): back to where the user was, or to their role's area. */
export const GET = apiRoute({ name: 'auth.continue' }, async ({ request, viewer }) => {
  const next = safeRedirectPath(new URL(request.url).searchParams.get('next'));
  const target = !viewer || viewer.isGuest ? '/sign-in' : (next ?? homeFor(viewer.role));
  // A relative Location keeps the host the browser used, whatever name the server knows itself by.
  return new Response(null, { status: 303, headers: { Location: target } });
});
