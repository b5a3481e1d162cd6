import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { percentile, round, type BenchRun, type Metrics } from './lib';
import { isBenchChild, reportToParent, runChildOnFreshDatabase } from './postgres-child';

// Webhook receipt → confirmed order on PostgreSQL, through the production path: signature check
// on the raw body (the SDK's constructEvent), then the one transaction that stores the event id,
// moves the payment, confirms the order, writes its audit row and its e-mail. ORDERS orders get
// their success event delivered twice (Stripe retries), CONCURRENCY at a time. Throwaway database
// on 127.0.0.1:5432; the measuring part runs in a child with the react-server condition.

const ORDERS = 300;
const CONCURRENCY = 10;
const POOL = 12;

type ChildResult = { latenciesMs: number[]; totalMs: number; events: number; confirmed: number; duplicates: number; paidDeposits: number; mails: number };

async function child(): Promise<void> {
  const { db, pool } = await import('../lib/db');
  const { catalogue, defaultConfiguration } = await import('../modules/catalog');
  const { generateShortCode } = await import('../modules/catalog/server/short-code');
  const { placeOrder } = await import('../modules/orders/server/place-order');
  const { startDeposit, applyPaymentSignal } = await import('../modules/orders/server/deposit');
  const { gatewayFromConfig, signedTestEvent } = await import('../modules/payments/gateway');
  const config = { authSecret: process.env.BETTER_AUTH_SECRET! };
  const gateway = gatewayFromConfig(config);
  const tag = randomBytes(3).toString('hex');
  const dealership = await db.dealership.create({
    data: {
      code: `b${tag}`,
      name: 'Bench',
      street: '1 rue',
      postalCode: '69002',
      city: 'Lyon',
      lat: 45.7,
      lon: 4.8,
      phone: '+33 4',
      email: `b${tag}@x.example`,
      openingHours: {},
      closures: [],
      homeDriveRadiusKm: 10,
    },
    select: { id: true },
  });
  const buyer = await db.user.create({ data: { id: `bench_${tag}`, name: 'Bench Buyer', email: `bench.${tag}@example.org` } });
  const configuration = defaultConfiguration(catalogue, 'horizon');
  const now = new Date();
  const events: { body: string; signature: string }[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const code = generateShortCode();
    await db.savedConfiguration.create({ data: { code, ownerId: buyer.id, modelCode: configuration.model, configuration: { ...configuration } } });
    const order = await placeOrder(db, {
      buyer: { id: buyer.id, email: buyer.email, locale: 'fr' },
      source: { kind: 'factory', savedCode: code },
      dealershipId: dealership.id,
      details: { firstName: 'A', lastName: 'B', phone: '0612345678', street: '1 rue de la Paix', postalCode: '69002', city: 'Lyon' },
      financing: 'cash',
      now,
      appUrl: 'http://localhost:3000',
    });
    const deposit = await startDeposit(db, gateway, { orderId: order.id, buyerId: buyer.id, now, appUrl: 'http://localhost:3000' });
    events.push(
      signedTestEvent(config, {
        sessionId: deposit.url.split('/').pop()!,
        paymentId: deposit.paymentId,
        orderId: order.id,
        amountCents: 50_000,
        outcome: 'pay',
        eventId: `evt_bench_${tag}_${i}`,
        now: new Date(),
      }),
    );
  }
  const deliveries = [...events, ...events]; // every event retried once
  const latenciesMs: number[] = [];
  let confirmed = 0;
  let duplicates = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < deliveries.length) {
        const event = deliveries[next++]!;
        const start = performance.now();
        const result = await applyPaymentSignal(db, gateway.verify(event.body, event.signature), {
          now: new Date(),
          appUrl: 'http://localhost:3000',
          provider: 'test',
        });
        latenciesMs.push(performance.now() - start);
        if (result.outcome === 'confirmed') confirmed++;
        if (result.outcome === 'duplicate') duplicates++;
      }
    }),
  );
  const totalMs = performance.now() - t0;
  const paidDeposits = await db.payment.count({ where: { kind: 'deposit', status: 'succeeded' } });
  const mails = await db.outboxMessage.count({ where: { kind: 'order.deposit_paid' } });
  await pool().end();
  const result: ChildResult = { latenciesMs, totalMs, events: deliveries.length, confirmed, duplicates, paidDeposits, mails };
  reportToParent(result);
}

async function run(): Promise<Metrics> {
  const r = await runChildOnFreshDatabase<ChildResult>(import.meta.url, { prefix: 'ow', poolMax: POOL });
  return {
    webhookToConfirmedP50: { value: round(percentile(r.latenciesMs, 50), 2), unit: 'ms' },
    webhookToConfirmedP95: { value: round(percentile(r.latenciesMs, 95), 2), unit: 'ms', target: '<= 250 ms' },
    webhooksPerSecond: { value: round((r.events / r.totalMs) * 1000, 1), unit: 'webhooks/s', target: '>= 50 webhooks/s' },
    confirmedOrders: { value: r.confirmed, unit: 'orders', target: `= ${ORDERS}` },
    duplicatesIgnored: { value: r.duplicates, unit: 'events', target: `= ${ORDERS}` },
    paidDeposits: { value: r.paidDeposits, unit: 'payments', target: `= ${ORDERS}` },
    confirmationMails: { value: r.mails, unit: 'e-mails', target: `= ${ORDERS}` },
    loadAverage1m: { value: round(loadavg()[0] ?? 0, 2), unit: 'runnable tasks' },
  };
}

if (isBenchChild()) await child();

export default (async () => run()) satisfies BenchRun;
