import 'server-only';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/session';
import { holdsOf } from '@/modules/availability/server';
import { listFinancingSimulations } from '@/modules/finance/server';
import { customerTimeline } from '@/modules/journey/server';
import { catalogue } from '@/modules/catalog';
import { listGarage } from '@/modules/catalog/server';
import { buyerOrders } from '@/modules/orders/server';
import { actorFromViewer, listBuyerDrives } from '@/modules/test-drives/server';
import { conversationFor, requireAdvisor } from './access';

type Localized = { fr: string; en: string };
/** The model's name in both languages (the console is in the advisor's), its code for a model the catalogue no longer has. */
const nameOf = (code: string): Localized => catalogue.models.find((m) => m.code === code)?.name ?? { fr: code, en: code };

export type BuyerContext = {
  conversationId: string;
  buyer: { name: string; email: string | null; isGuest: boolean };
  currentPage: string | null;
  contextAt: string | null;
  followUp: 'live' | 'email' | 'callback';
  contactEmail: string | null;
  callbackPhone: string | null;
  callbackAt: string | null;
  csat: { score: number; comment: string | null } | null;
  savedConfigurations: { code: string; title: string | null; model: string; modelName: Localized; totalCents: number; href: string }[];
  holds: { id: string; vin: string; dealershipName: string; expiresAt: string }[];
  orders: { id: string; reference: string; status: string; modelName: { fr: string; en: string }; totalCents: number }[];
  testDrives: { reference: string; status: string; modelCode: string; modelName: Localized; start: string; dealershipName: string; channel: string }[];
  /** The financing simulations the buyer saved, with the lowest monthly figure among their offers. */
  financing: { id: string; modelCode: string; modelName: Localized; cashDepositCents: number; durationMonths: number; annualMileageKm: number; lowestMonthlyCents: number | null; savedAt: string; href: string }[];
  /** The journey so far across channels, newest first (modules/journey), so nobody asks twice. */
  journey: { id: string; step: string; channel: string; modelCode: string | null; modelName: Localized | null; byStaff: boolean; occurredAt: string }[];
};

/**
 * What the advisor sees beside a conversation, read through each module's own server entry:
 * the page the buyer has open (the configurator's query string is the car), their saved
 * configurations, holds, orders and test drives. Identity-based: the conversation's owner.
 */
export async function buyerContext(viewer: Viewer | null, id: string): Promise<BuyerContext> {
  const advisor = requireAdvisor(viewer);
  await conversationFor(advisor, id);
  const row = await db.chatConversation.findUniqueOrThrow({
    where: { id },
    select: { ownerId: true, currentPage: true, contextAt: true, followUp: true, contactEmail: true, callbackPhone: true, callbackAt: true, csatScore: true, csatComment: true, owner: { select: { name: true, email: true, isAnonymous: true } } },
  });
  const [garage, holds, orders, drives, journey, simulations] = await Promise.all([
    listGarage(row.ownerId),
    holdsOf(row.ownerId),
    buyerOrders(row.ownerId),
    listBuyerDrives(actorFromViewer(advisor), { buyerUserId: row.ownerId }),
    customerTimeline(row.ownerId, 20),
    listFinancingSimulations({ id: row.ownerId }),
  ]);
  const isGuest = row.owner.isAnonymous === true;
  return {
    conversationId: id,
    buyer: { name: isGuest ? '' : row.owner.name, email: isGuest ? null : row.owner.email, isGuest },
    currentPage: row.currentPage,
    contextAt: row.contextAt?.toISOString() ?? null,
    followUp: row.followUp,
    contactEmail: row.contactEmail,
    callbackPhone: row.callbackPhone,
    callbackAt: row.callbackAt?.toISOString() ?? null,
    csat: row.csatScore ? { score: row.csatScore, comment: row.csatComment } : null,
    savedConfigurations: garage.slice(0, 10).map((car) => ({ code: car.code, title: car.title, model: car.quote.configuration.model, modelName: nameOf(car.quote.configuration.model), totalCents: car.quote.price.totalCents, href: `/g/${car.code}` })),
    holds: holds.map((h) => ({ id: h.id, vin: h.vin, dealershipName: h.dealershipName, expiresAt: h.expiresAt.toISOString() })),
    orders: orders.slice(0, 10).map((o) => ({ id: o.id, reference: o.reference, status: o.status, modelName: o.modelName, totalCents: o.totalCents })),
    testDrives: drives.slice(0, 10).map((d) => ({ reference: d.reference, status: d.status, modelCode: d.modelCode, modelName: nameOf(d.modelCode), start: d.start, dealershipName: d.dealership.name, channel: d.channel })),
    financing: simulations.slice(0, 10).map((f) => ({
      id: f.id,
      modelCode: f.modelCode,
      modelName: nameOf(f.modelCode),
      cashDepositCents: f.cashDepositCents,
      durationMonths: f.durationMonths,
      annualMileageKm: f.annualMileageKm,
      lowestMonthlyCents: f.offers.length ? Math.min(...f.offers.map((o) => o.monthlyCents)) : null,
      savedAt: f.savedAt.toISOString(),
      href: f.href,
    })),
    journey: journey.map((e) => ({ id: e.id, step: e.step, channel: e.channel, modelCode: e.modelCode, modelName: e.modelCode ? nameOf(e.modelCode) : null, byStaff: e.byStaff, occurredAt: e.occurredAt.toISOString() })),
  };
}
