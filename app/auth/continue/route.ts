import { apiRoute } from '@/lib/http/route';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { homeFor } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** After any sign-in (password or magic link): back to where the user was, or to their role's area. */
export const GET = apiRoute({ name: 'auth.continue' }, async ({ request, viewer }) => {
  const params = new URL(request.url).searchParams;
  const next = safeRedirectPath(params.get('next'));
  // A magic link that was used or expired comes back with ?error=…: the sign-in page says so.
  const signIn = params.has('error') ? `/sign-in?link=invalid${next ? `&next=${encodeURIComponent(next)}` : ''}` : '/sign-in';
  const target = !viewer || viewer.isGuest ? signIn : (next ?? homeFor(viewer.role));
  // A relative Location keeps the host the browser used, whatever name the server knows itself by.
  return new Response(null, { status: 303, headers: { Location: target } });
});
