import type { NextRequest } from 'next/server';
import { getViewer, homeFor } from '@/lib/session';

/** After any sign-in (password or magic link): back to where the user was, or to their role's area. */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  const next = request.nextUrl.searchParams.get('next');
  const safe = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
  const target = !viewer || viewer.isGuest ? '/sign-in' : (safe ?? homeFor(viewer.role));
  // A relative Location keeps the host the browser used, whatever name the server knows itself by.
  return new Response(null, { status: 303, headers: { Location: target } });
}
