/**
 * The client's network address, for abuse limits. Never the client's own say-so: the launcher's
 * HTTP server writes the socket's peer address into PEER_HEADER (overwriting whatever the client
 * sent), and X-Forwarded-For is read only as far as the configured number of trusted proxy hops.
 */
export const PEER_HEADER = 'x-virage-peer';
/**
 * The resolved client address, also written by the launcher's HTTP server (scripts/serve.ts), for
 * code that can only be told a header name: Better Auth's `advanced.ipAddress.ipAddressHeaders`.
 */
export const CLIENT_HEADER = 'x-virage-client';

/**
 * With `trustedHops` proxies in front, each appended the address it received the request from to
 * X-Forwarded-For; the client is therefore `trustedHops` entries left of the socket peer. Entries
 * further left were written by the client and are ignored.
 */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const peer = headers.get(PEER_HEADER)?.trim() || 'unknown';
  if (trustedHops <= 0) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}

type NodeHeaders = Record<string, string | string[] | undefined>;

/**
 * Run by the HTTP server on every request before Next sees it: writes the socket's peer address
 * and the client address derived from it into PEER_HEADER and CLIENT_HEADER, replacing whatever
 * the client sent under those names.
 */
export function stampClientAddress(headers: NodeHeaders, socketAddress: string | undefined, trustedHops: number): void {
  const peer = socketAddress ?? 'unknown';
  headers[PEER_HEADER] = peer;
  const forwarded = headers['x-forwarded-for'];
  const view = new Headers({ [PEER_HEADER]: peer, ...(forwarded ? { 'x-forwarded-for': Array.isArray(forwarded) ? forwarded.join(', ') : forwarded } : {}) });
  headers[CLIENT_HEADER] = clientAddress(view, trustedHops);
}
