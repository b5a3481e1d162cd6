import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { loadavg } from 'node:os';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { withScratchDatabase } from './postgres-child';
import { percentile, round, type BenchRun, type Metrics } from './lib';

// Post → delivery latency of the chat's Server-Sent Events to SUBSCRIBERS concurrent subscribers
// of one conversation, through the production path (message stored in PostgreSQL, NOTIFY, each
// instance's LISTEN connection, one shared re-read, SSE frames), next to a bare SSE broadcast
// server (an array of responses, one write each) measured in the same run. Then the same across
// two instances: subscribers on B, posts on A. Servers run in child processes (react-server
// condition, as in the app); this process is the crowd of clients. Throwaway database on
// 127.0.0.1:5432. Timestamps: performance.timeOrigin + now(), comparable across processes.

const SUBSCRIBERS = Number(process.env.BENCH_CHAT_SUBSCRIBERS ?? 1000);
const MESSAGES = 30;
const GAP_MS = 150;

const clock = () => performance.timeOrigin + performance.now();

// ---------- the server side (child) ----------
async function serve(): Promise<void> {
  const { db } = await import('../lib/db');
  const { appendMessage } = await import('../modules/chat/server/messages');
  const { chatEventStream } = await import('../modules/chat/server/stream');
  const { chatFanout } = await import('../modules/chat/server/fanout');
  await chatFanout().ready();
  const conversationId = process.env.BENCH_CONVERSATION ?? '';
  const bare = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/events') {
      const controller = new AbortController();
      req.on('close', () => controller.abort());
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      Readable.fromWeb(chatEventStream({ key: conversationId, signal: controller.signal, conversation: { id: conversationId, afterSeq: Number(url.searchParams.get('after') ?? 0) } }) as NodeReadableStream<Uint8Array>).pipe(res);
      return;
    }
    if (url.pathname === '/bare') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('retry: 2000\n\n');
      bare.add(res);
      req.on('close', () => bare.delete(res));
      return;
    }
    if (url.pathname === '/post') {
      const body = JSON.stringify({ t: clock() });
      void appendMessage(conversationId, { authorId: null, authorRole: 'advisor', authorName: 'Bench', kind: 'text', body }).then(() => res.end('ok'));
      return;
    }
    if (url.pathname === '/bare-post') {
      const frame = `data: ${JSON.stringify({ t: clock() })}\n\n`;
      for (const client of bare) client.write(frame);
      res.end('ok');
      return;
    }
    if (url.pathname === '/memory') {
      global.gc?.();
      res.end(JSON.stringify(process.memoryUsage()));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  server.maxConnections = SUBSCRIBERS * 3;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  process.on('SIGTERM', () => {
    void db.$disconnect().finally(() => process.exit(0));
  });
}

// ---------- the crowd (parent) ----------
type Instance = { port: number; child: ChildProcess };

function startInstance(env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, ['--expose-gc', '--conditions=react-server', '--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve({ port: Number(match[1]), child });
    });
    child.on('exit', (code) => reject(new Error(`instance exited ${code}`)));
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const request = (port: number, path: string) =>
  new Promise<string>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });

type Crowd = { latencies: number[]; received: () => number; ready: Promise<void>; close: () => void };

/** SUBSCRIBERS SSE clients; each frame carrying {t} adds one latency sample. */
function crowd(port: number, path: string, chat: boolean): Crowd {
  const latencies: number[] = [];
  const requests: http.ClientRequest[] = [];
  let connected = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const req = http.get({ host: '127.0.0.1', port, path, agent: new http.Agent({ keepAlive: false }) }, (res) => {
      let buffer = '';
      let counted = false;
      res.on('data', (chunk: Buffer) => {
        const now = clock();
        buffer += chunk.toString();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!counted && (chat ? frame.includes('event: ready') : frame.startsWith('retry'))) {
            counted = true;
            if (++connected === SUBSCRIBERS) markReady();
          }
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const payload = JSON.parse(data.slice(6)) as { t?: number; body?: string };
          const t = chat ? (payload.body ? (JSON.parse(payload.body) as { t?: number }).t : undefined) : payload.t;
          if (typeof t === 'number') latencies.push(now - t);
        }
      });
    });
    requests.push(req);
  }
  return { latencies, received: () => latencies.length, ready, close: () => requests.forEach((r) => r.destroy()) };
}

async function measure(postPort: number, postPath: string, listen: Crowd): Promise<{ p50: number; p99: number; delivered: number }> {
  await listen.ready;
  for (let i = 0; i < MESSAGES; i++) {
    await request(postPort, postPath);
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  const deadline = Date.now() + 20_000;
  while (listen.received() < MESSAGES * SUBSCRIBERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return { p50: percentile(listen.latencies, 50), p99: percentile(listen.latencies, 99), delivered: listen.received() };
}

const rss = async (port: number) => (JSON.parse(await request(port, '/memory')) as { rss: number }).rss;

async function run(): Promise<Metrics> {
  try {
    return await withScratchDatabase('chat', async (url) => {
      const instances: Instance[] = [];
      try {
        const setup = new pg.Client({ connectionString: url });
        await setup.connect();
        await setup.query(`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('bench_buyer', 'Bench', 'bench@example.org', now())`);
        await setup.query(`INSERT INTO chat_conversation (id, "ownerId") VALUES ('bench_conversation', 'bench_buyer')`);
        await setup.end();
        const env = { ...process.env, DATABASE_URL: url, VIRAGE_EMBEDDED_DB: '0', VIRAGE_WORKERS: 'off', BENCH_CONVERSATION: 'bench_conversation', BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'bench-secret-bench-secret-bench-secret-0' };
        const a = await startInstance(env);
        instances.push(a);

        // Bare broadcast first, then the chat, on the same instance process, one crowd at a time.
        const bareCrowd = crowd(a.port, '/bare', false);
        const bare = await measure(a.port, '/bare-post', bareCrowd);
        bareCrowd.close();
        await new Promise((r) => setTimeout(r, 500));

        const before = await rss(a.port);
        const chatCrowd = crowd(a.port, '/events?after=0', true);
        await chatCrowd.ready;
        const after = await rss(a.port);
        const one = await measure(a.port, '/post', chatCrowd);
        chatCrowd.close();

        // Two instances on PostgreSQL: the crowd on B, the posts on A.
        const b = await startInstance(env);
        instances.push(b);
        const crossCrowd = crowd(b.port, `/events?after=${MESSAGES}`, true);
        const two = await measure(a.port, '/post', crossCrowd);
        crossCrowd.close();

        const expected = MESSAGES * SUBSCRIBERS;
        return {
          subscribers: { value: SUBSCRIBERS, unit: 'connections' },
          bareP50: { value: round(bare.p50, 2), unit: 'ms' },
          bareP99: { value: round(bare.p99, 2), unit: 'ms' },
          chatP50: { value: round(one.p50, 2), unit: 'ms' },
          chatP99: { value: round(one.p99, 2), unit: 'ms' },
          chatToBareP50Ratio: { value: round(one.p50 / bare.p50, 2), unit: 'x', target: '<= 2' },
          chatToBareP99Ratio: { value: round(one.p99 / bare.p99, 2), unit: 'x', target: '<= 2' },
          chatDelivered: { value: one.delivered, unit: 'deliveries', target: `= ${expected}` },
          twoInstancesP50: { value: round(two.p50, 2), unit: 'ms' },
          twoInstancesP99: { value: round(two.p99, 2), unit: 'ms' },
          twoInstancesDelivered: { value: two.delivered, unit: 'deliveries', target: `= ${expected}` },
          memoryPerConnection: { value: round((after - before) / SUBSCRIBERS / 1024, 1), unit: 'KiB (server RSS)' },
          loadAverage1m: { value: round(loadavg()[0] ?? 0, 2), unit: 'runnable tasks' },
        };
      } finally {
        for (const instance of instances) instance.child.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 500));
      }
    });
  } finally {
    agent.destroy();
  }
}

if (process.argv.includes('--serve')) await serve();

export default (async () => run()) satisfies BenchRun;
