/**
 * A request path whose percent-encoding does not decode (`/g/%ZZ`, a cut UTF-8 sequence) is the
 * client's mistake: Next answers it with a bare 500. The HTTP server answers it first with a 400,
 * JSON with a code on the API and a short page elsewhere.
 */
export function isMalformedPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export type MalformedUrlReply = { status: 400; contentType: string; body: string };

export function malformedUrlReply(url: string | undefined): MalformedUrlReply {
  if ((url ?? '').startsWith('/api/')) {
    const body = JSON.stringify({ error: { code: 'BAD_REQUEST', reason: 'MALFORMED_URL', message: 'The address is not validly percent-encoded.' } });
    return { status: 400, contentType: 'application/json', body };
  }
  const body =
    '<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Adresse invalide · Virage</title>' +
    '<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>Adresse invalide</h1>' +
    '<p>Cette adresse contient un caractère mal encodé. <span lang="en">(This address is not validly encoded.)</span></p>' +
    '<p><a href="/">Retour à l’accueil · Home</a></p></main></html>';
  return { status: 400, contentType: 'text/html; charset=utf-8', body };
}
