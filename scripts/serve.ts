import { createServer } from 'node:http';
import next from 'next';
import { parseServerEnv } from '../lib/env';
import { stampClientAddress } from '../lib/http/client-address';
import { isMalformedPath, malformedUrlReply } from '../lib/http/malformed-url';
import { securityHeaders } from '../lib/http/security-headers';
import { projectRoot } from './runtime-config';

/**
 * The app's HTTP server (started by scripts/start.ts in place of `next start`/`next dev`). It
 * exists for one reason: `next start` passes a client-sent X-Forwarded-For through, so abuse
 * limits keyed on it could be dodged with a new value per request. Here every request gets the
 * socket's peer address and the client address derived from TRUSTED_PROXY_HOPS stamped into our
 * own headers (lib/http/client-address.ts) before Next sees it.
 */
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const trustedHops = parseServerEnv(process.env).TRUSTED_PROXY_HOPS;

const app = next({ dev, dir: projectRoot, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

const server = createServer((req, res) => {
  stampClientAddress(req.headers, req.socket.remoteAddress, trustedHops);
  if (isMalformedPath(req.url)) {
    const reply = malformedUrlReply(req.url);
    const headers = Object.fromEntries(securityHeaders(dev).map(({ key, value }) => [key, value]));
    res.writeHead(reply.status, { ...headers, 'content-type': reply.contentType, 'cache-control': 'no-store' }).end(reply.body);
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error('[serve]', error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.on('upgrade', (req, socket, head) => {
  stampClientAddress(req.headers, req.socket.remoteAddress, trustedHops);
  void upgrade(req, socket, head);
});
server.listen(port, hostname, () => console.log(`[virage] listening on http://${hostname}:${port} (${dev ? 'development' : 'production'})`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
