import { compareOffers, quote, type FinanceOffer } from '@/modules/finance';
import { type BenchRun, percentile, round, sampleMs } from './lib';

function mustQuote(input: unknown): FinanceOffer {
  const result = quote(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// A quote runs on every slider move of the financing page, so it must stay well under a frame.
export default (async () => {
  const credit84 = { kind: 'credit', modelCode: 'magistrale', priceCents: 5_299_000, cashDepositCents: 500_000, productId: 'credit-classique', durationMonths: 84, withInsurance: true };
  const loa48 = { kind: 'loa', modelCode: 'horizon', priceCents: 3_699_000, cashDepositCents: 399_000, productId: 'loa-liberte', durationMonths: 48, annualMileageKm: 20_000 };
  const creditSamples = await sampleMs(() => mustQuote(credit84), 2_000);
  const loaSamples = await sampleMs(() => mustQuote(loa48), 2_000);
  const compareSamples = await sampleMs(() => compareOffers([mustQuote(credit84), mustQuote(loa48), mustQuote({ kind: 'cash', modelCode: 'horizon', priceCents: 3_699_000 })]), 1_000);
  return {
    credit_84_months_quote_p95: { value: round(percentile(creditSamples, 95)), unit: 'ms', target: '<= 1 ms' },
    loa_quote_p95: { value: round(percentile(loaSamples, 95)), unit: 'ms', target: '<= 0.5 ms' },
    three_quotes_and_compare_p95: { value: round(percentile(compareSamples, 95)), unit: 'ms', target: '<= 3 ms' },
  };
}) satisfies BenchRun;
