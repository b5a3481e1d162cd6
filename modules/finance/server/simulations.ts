import 'server-only';
import type { PrismaClient } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { encodeConfiguration, type ParamsSource } from '@/modules/catalog';
import { termsToParams } from '../components/terms-params';
import type { TLocalized } from '../schemas';
import { computeFinancing } from './financing';
import { readFinancingParams } from './request';

/** A buyer keeps at most this many simulations; saving one more forgets the oldest. */
export const MAX_SIMULATIONS_PER_OWNER = 50;

export type SavedOffer = { productId: string; kind: string; name: TLocalized; monthlyCents: number; totalCostCents: number };

export type FinancingSimulationView = {
  id: string;
  modelCode: string;
  trimCode: string;
  priceCents: number;
  cashDepositCents: number;
  durationMonths: number;
  annualMileageKm: number;
  offers: SavedOffer[];
  savedAt: Date;
  /** back to /financing with the same parameters, and the offer PDF again */
  href: string;
  pdfHref: string;
};

/**
 * Saves the simulation behind a /financing link for its owner (guest or account). The link is
 * read and the figures computed again here, never taken from the client; the stored link is the
 * server's normalised one, so the same simulation saved twice is one row (unique owner + link).
 */
export async function saveSimulation(db: PrismaClient, ownerId: string, source: ParamsSource, now: Date): Promise<{ id: string }> {
  const read = readFinancingParams(source);
  if (!read) throw new AppError('BAD_REQUEST', 'Configuration link too long.', { reason: 'CONFIGURATION_LINK_TOO_LONG' });
  const { request } = read;
  const result = computeFinancing(request, now);
  const params = `${encodeConfiguration(result.configuration)}&${termsToParams({
    cashDepositCents: request.cashDepositCents ?? 0,
    durationMonths: request.durationMonths,
    annualMileageKm: request.annualMileageKm,
    productIds: request.productIds,
    tradeIn: request.tradeIn,
    useTradeIn: request.useTradeIn,
    household: request.household,
    basis: request.basis,
  })}`.slice(0, 2000);
  const offers: SavedOffer[] = result.columns.flatMap((c) => {
    if (!c.ok) return [];
    const monthlyCents = c.offer.kind === 'credit' ? c.offer.monthlyPaymentCents : c.offer.kind === 'cash' ? 0 : c.offer.monthlyRentCents;
    return [{ productId: c.productId, kind: c.offer.kind, name: c.name, monthlyCents, totalCostCents: c.offer.totalCostCents }];
  });
  const data = {
    modelCode: result.configuration.model,
    trimCode: result.configuration.trim,
    priceCents: result.priceCents,
    cashDepositCents: request.cashDepositCents ?? 0,
    durationMonths: request.durationMonths,
    annualMileageKm: request.annualMileageKm,
    offers,
  };
  const row = await db.financingSimulation.upsert({ where: { ownerId_params: { ownerId, params } }, create: { ownerId, params, ...data }, update: data, select: { id: true } });
  const beyond = await db.financingSimulation.findMany({ where: { ownerId }, orderBy: { updatedAt: 'desc' }, skip: MAX_SIMULATIONS_PER_OWNER, select: { id: true } });
  if (beyond.length > 0) await db.financingSimulation.deleteMany({ where: { id: { in: beyond.map((b) => b.id) } } });
  return row;
}

const isOffer = (x: unknown): x is SavedOffer => typeof x === 'object' && x !== null && 'productId' in x && 'monthlyCents' in x && 'name' in x;

/** The identity's simulations, newest first (its account page; the advisors' chat console). */
export async function simulationsOf(db: PrismaClient, ownerId: string): Promise<FinancingSimulationView[]> {
  const rows = await db.financingSimulation.findMany({ where: { ownerId }, orderBy: { updatedAt: 'desc' }, take: MAX_SIMULATIONS_PER_OWNER });
  return rows.map((r) => ({
    id: r.id,
    modelCode: r.modelCode,
    trimCode: r.trimCode,
    priceCents: r.priceCents,
    cashDepositCents: r.cashDepositCents,
    durationMonths: r.durationMonths,
    annualMileageKm: r.annualMileageKm,
    offers: Array.isArray(r.offers) ? r.offers.filter(isOffer) : [],
    savedAt: r.updatedAt,
    href: `/financing?${r.params}`,
    pdfHref: `/api/finance/summary?${r.params}`,
  }));
}

export async function deleteSimulation(db: PrismaClient, ownerId: string, id: string): Promise<void> {
  const { count } = await db.financingSimulation.deleteMany({ where: { id, ownerId } });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such simulation.', { reason: 'SIMULATION_NOT_FOUND' });
}
