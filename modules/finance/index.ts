/** Financing: cash, car loan, LOA, LLD, TAEG, comparison, legal texts and trade-in estimates (pure functions). */
export * from './amortization';
export * from './compare';
export { FINANCE_PRODUCTS } from './data/products';
export { RESIDUAL_VALUE_PCT, type ResidualRow, type ResidualTable } from './data/residualValues';
export { TRADE_IN_REFERENCES, type TradeInReference } from './data/tradeInReference';
export { type FinanceError, type FinanceErrorCode, type FinanceErrorParams, type FinanceResult, financeError } from './errors';
export * from './format';
export * from './lease';
export * from './legal';
export * from './money';
export * from './offers';
export * from './representative';
export * from './schemas';
export * from './series';
export * from './taeg';
export * from './tradeIn';
export * from './types';
export * from './validate';
