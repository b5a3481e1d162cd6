import { describe, expect, it } from 'vitest';
import { compareOffers } from './compare';
import { quote } from './offers';
import type { TQuoteRequestInput } from './schemas';
import { combinedPaidOverTime, paidOverTime } from './series';
import type { FinanceOffer } from './types';

function offer(input: TQuoteRequestInput): FinanceOffer {
  const result = quote(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const car = { modelCode: 'horizon', priceCents: 3_699_000 } as const;
const cash = offer({ kind: 'cash', ...car });
const credit = offer({ kind: 'credit', ...car, cashDepositCents: 699_000, productId: 'credit-classique', durationMonths: 48, withInsurance: true });
const loa = offer({ kind: 'loa', ...car, cashDepositCents: 399_000, productId: 'loa-liberte', durationMonths: 36, annualMileageKm: 15_000 });
const lld = offer({ kind: 'lld', ...car, cashDepositCents: 399_000, productId: 'lld-serenite', durationMonths: 36, annualMileageKm: 15_000 });

describe('paidOverTime', () => {
  it('cash: everything at month 0', () => {
    expect(paidOverTime(cash)).toEqual([{ month: 0, paidCents: 3_699_000, cumulativeCents: 3_699_000 }]);
  });

  it('credit: deposit and fees at month 0, then instalments with the chosen insurance; ends at the total cost', () => {
    const points = paidOverTime(credit);
    expect(points).toHaveLength(49);
    expect(points[0]).toEqual({ month: 0, paidCents: 699_000 + 15_000, cumulativeCents: 714_000 });
    expect(points[1]).toEqual({ month: 1, paidCents: 69_769 + 1_500, cumulativeCents: 714_000 + 71_269 });
    expect(points.at(-1)?.cumulativeCents).toBe(credit.totalCostCents);
    expect(paidOverTime(credit, { includeInsurance: false }).at(-1)?.cumulativeCents).toBe(credit.totalCostCents - 72_000);
  });

  it('LOA: the purchase option is added in the last month only when asked', () => {
    if (loa.kind !== 'loa') throw new Error('loa expected');
    expect(paidOverTime(loa).at(-1)?.cumulativeCents).toBe(loa.totalCostCents);
    const withOption = paidOverTime(loa, { includePurchaseOption: true });
    // First larger rent at signature, 35 rents at months 1..35, the option alone at month 36.
    expect(paidOverTime(loa)).toHaveLength(36);
    expect(withOption.at(-1)).toMatchObject({ month: 36, paidCents: loa.purchaseOptionCents, cumulativeCents: loa.totalCostWithOptionCents });
  });

  it('cumulative amounts never decrease', () => {
    for (const o of [credit, loa, lld]) {
      const points = paidOverTime(o);
      points.slice(1).forEach((p, i) => expect(p.cumulativeCents).toBeGreaterThan(points[i]?.cumulativeCents ?? Infinity));
    }
  });

  it('combined series share one month axis and stay flat after an offer ends', () => {
    const combined = combinedPaidOverTime([cash, loa, credit]);
    expect(combined).toHaveLength(49);
    expect(combined[0]?.cumulativeCents).toEqual([3_699_000, 399_000, 714_000]);
    expect(combined[48]?.cumulativeCents).toEqual([3_699_000, loa.totalCostCents, credit.totalCostCents]);
    expect(combined[40]?.cumulativeCents[1]).toBe(loa.totalCostCents);
    expect(combined[35]?.cumulativeCents[1]).toBe(loa.totalCostCents);
  });
});

describe('compareOffers', () => {
  it('ranks the cost to own and the cost of use separately (like with like)', () => {
    const result = compareOffers([credit, loa, cash]);
    if (!result.ok) throw new Error('comparison expected');
    const [creditRow, loaRow, cashRow] = result.value.rows;
    // To own: cash 36 990 € < LOA with option 41 670.10 € < credit. The LOA's 22 065.40 € without the
    // option is a cost of USE (the car goes back): it is not compared with buying.
    expect(result.value.cheapestToOwnIndex).toBe(2);
    expect(result.value.cheapestToUseIndex).toBe(1);
    expect(loaRow).toMatchObject({ kind: 'loa', isCheapestToUse: true, isCheapestToOwn: false, endOfContractCents: 1_960_470, ownsCarAtEnd: false, totalToOwnCents: 4_167_010, costOfUseCents: 2_206_540, differenceFromCheapestToOwnCents: 4_167_010 - 3_699_000, differenceFromCheapestToUseCents: 0 });
    expect(creditRow).toMatchObject({ kind: 'credit', monthlyCents: 69_769 + 1_500, upfrontCents: 714_000, totalCostCents: credit.totalCostCents, totalToOwnCents: credit.totalCostCents, costOfUseCents: null, isCheapestToUse: false, differenceFromCheapestToUseCents: null });
    expect(cashRow).toMatchObject({ kind: 'cash', label: { fr: 'Paiement comptant', en: 'Cash payment' }, upfrontCents: 3_699_000, monthlyCents: 0, isCheapestToOwn: true, differenceFromCheapestToOwnCents: 0 });
  });

  it('LLD never leads to ownership: it is only ranked on its cost of use', () => {
    const result = compareOffers([lld, credit]);
    if (!result.ok) throw new Error('comparison expected');
    expect(result.value.rows[0]).toMatchObject({ totalToOwnCents: null, costOfUseCents: lld.totalCostCents, ownsCarAtEnd: false, isCheapestToUse: true, isCheapestToOwn: false });
    expect(result.value.rows[1]).toMatchObject({ isCheapestToOwn: true, isCheapestToUse: false });
    // The LLD costs less in total than the credit, yet it is not flagged as the cheapest way to own the car.
    expect(lld.totalCostCents).toBeLessThan(credit.totalCostCents);
  });

  it('refuses nothing and more than three', () => {
    expect(compareOffers([])).toMatchObject({ ok: false, errors: [{ code: 'NO_OFFERS' }] });
    expect(compareOffers([cash, credit, loa, lld])).toMatchObject({ ok: false, errors: [{ code: 'TOO_MANY_OFFERS', params: { max: 3 } }] });
  });
});
