/**
 * Reference new prices used to estimate a trade-in. Approximate French list prices of common
 * versions, for an indicative estimate only; replace with a market data feed for real offers.
 */
export type TradeInReference = { readonly make: string; readonly model: string; readonly newPriceCents: number };

export const TRADE_IN_REFERENCES: readonly TradeInReference[] = [
  { make: 'Renault', model: 'Clio', newPriceCents: 2_000_000 },
  { make: 'Renault', model: 'Captur', newPriceCents: 2_600_000 },
  { make: 'Renault', model: 'Megane', newPriceCents: 3_000_000 },
  { make: 'Renault', model: 'Zoe', newPriceCents: 3_300_000 },
  { make: 'Renault', model: 'Austral', newPriceCents: 3_600_000 },
  { make: 'Peugeot', model: '208', newPriceCents: 2_200_000 },
  { make: 'Peugeot', model: '2008', newPriceCents: 2_800_000 },
  { make: 'Peugeot', model: '308', newPriceCents: 3_200_000 },
  { make: 'Peugeot', model: '3008', newPriceCents: 3_800_000 },
  { make: 'Citroen', model: 'C3', newPriceCents: 1_900_000 },
  { make: 'Citroen', model: 'C4', newPriceCents: 2_700_000 },
  { make: 'Dacia', model: 'Sandero', newPriceCents: 1_400_000 },
  { make: 'Dacia', model: 'Duster', newPriceCents: 2_100_000 },
  { make: 'Volkswagen', model: 'Polo', newPriceCents: 2_200_000 },
  { make: 'Volkswagen', model: 'Golf', newPriceCents: 3_100_000 },
  { make: 'Toyota', model: 'Yaris', newPriceCents: 2_300_000 },
  { make: 'Toyota', model: 'C-HR', newPriceCents: 3_300_000 },
  { make: 'Ford', model: 'Fiesta', newPriceCents: 1_900_000 },
  { make: 'Tesla', model: 'Model 3', newPriceCents: 4_300_000 },
  { make: 'Virage', model: 'Etincelle', newPriceCents: 2_499_000 },
  { make: 'Virage', model: 'Horizon', newPriceCents: 3_699_000 },
  { make: 'Virage', model: 'Magistrale', newPriceCents: 5_299_000 },
];
