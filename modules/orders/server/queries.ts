import type { PrismaClient } from '@/generated/prisma/client';
import { readSnapshot, type OrderSnapshot } from '../snapshot';
import type { OrderKind, OrderStatus } from '../state-machine';

export type OrderSummary = {
  id: string;
  reference: string;
  status: OrderStatus;
  kind: OrderKind;
  totalCents: number;
  createdAt: Date;
  modelName: OrderSnapshot['model']['name'];
  configuration: OrderSnapshot['configuration'];
};

export type OrderTimelineEntry = { from: OrderStatus | null; to: OrderStatus; at: Date; reason: string };

export type OrderDetail = OrderSummary & {
  dealershipId: string;
  buyerId: string;
  depositCents: number;
  paymentDueAt: Date;
  depositPaidAt: Date | null;
  handedOverAt: Date | null;
  withdrawalEndsAt: Date | null;
  returnRequestedAt: Date | null;
  stockVehicle: { id: string; vin: string } | null;
  /** what staff recorded at the handover */
  handoverRecord: { mileageKm: number; keys: number; signedName: string } | null;
  snapshot: OrderSnapshot;
  timeline: OrderTimelineEntry[];
  payments: { id: string; kind: 'deposit' | 'balance' | 'refund'; status: string; amountCents: number; provider: string; method: string | null; createdAt: Date }[];
};

const summarySelect = { id: true, reference: true, status: true, kind: true, totalCents: true, createdAt: true, snapshot: true } as const;

function toSummary(row: {
  id: string;
  reference: string;
  status: OrderStatus;
  kind: OrderKind;
  totalCents: number;
  createdAt: Date;
  snapshot: unknown;
}): OrderSummary {
  const { snapshot, ...rest } = row;
  const read = readSnapshot(snapshot);
  return { ...rest, modelName: read.model.name, configuration: read.configuration };
}

export async function ordersOfBuyer(db: PrismaClient, buyerId: string): Promise<OrderSummary[]> {
  const rows = await db.order.findMany({ where: { buyerId }, select: summarySelect, orderBy: { createdAt: 'desc' }, take: 100 });
  return rows.map(toSummary);
}

export async function ordersOfDealership(db: PrismaClient, dealershipId: string): Promise<(OrderSummary & { buyerEmail: string })[]> {
  const rows = await db.order.findMany({ where: { dealershipId }, select: { ...summarySelect, buyerEmail: true }, orderBy: { createdAt: 'desc' }, take: 200 });
  return rows.map((r) => ({ ...toSummary(r), buyerEmail: r.buyerEmail }));
}

/**
 * One order, only within the caller's reach (its buyer, or staff of its dealership): anything
 * else, a guessed id included, is the same null → 404.
 */
export async function findOrder(db: PrismaClient, orderId: string, reach: { buyerId: string } | { dealershipId: string }): Promise<OrderDetail | null> {
  const row = await db.order.findFirst({
    where: { id: orderId, ...reach },
    select: {
      ...summarySelect,
      dealershipId: true,
      buyerId: true,
      depositCents: true,
      paymentDueAt: true,
      depositPaidAt: true,
      handedOverAt: true,
      withdrawalEndsAt: true,
      returnRequestedAt: true,
      handoverMileageKm: true,
      handoverKeys: true,
      handoverSignedName: true,
      stockVehicle: { select: { id: true, vin: true } },
      // Same instant (an order and its handover note): in the order written (cuid ids grow).
      events: { select: { fromStatus: true, toStatus: true, at: true, reason: true }, orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      payments: { select: { id: true, kind: true, status: true, amountCents: true, provider: true, method: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return null;
  const { events, snapshot, handoverMileageKm, handoverKeys, handoverSignedName, ...rest } = row;
  return {
    ...toSummary({ ...rest, snapshot }),
    ...rest,
    handoverRecord:
      handoverMileageKm !== null && handoverKeys !== null && handoverSignedName !== null ? { mileageKm: handoverMileageKm, keys: handoverKeys, signedName: handoverSignedName } : null,
    snapshot: readSnapshot(snapshot),
    timeline: events.map((e) => ({ from: e.fromStatus, to: e.toStatus, at: e.at, reason: e.reason })),
  };
}
