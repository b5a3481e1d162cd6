import type { JourneyChannel, JourneyStep } from './events';

/**
 * The sales funnel's steps in order. Buyers do not all walk them in this order (a test drive may
 * come before a saved configuration), so each step's conversion is measured on customers against
 * the step before, and a step reached by more customers than the one before shows no drop-off.
 */
export const FUNNEL_STEPS = ['configure', 'save', 'availability', 'finance', 'test_drive', 'hold', 'order', 'deposit'] as const satisfies readonly JourneyStep[];
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type StepChannelCount = { step: JourneyStep; channel: JourneyChannel; events: number; customers: number };

/**
 * The customer funnel of a cohort (customers whose first touch falls in the period): how many
 * customers, and how many of them reached each step, each customer counted once per step.
 */
export type CohortFunnel = { customers: number; reached: Record<FunnelStep, number> };

export type FunnelRow = {
  step: FunnelStep;
  /** events of the period at this step, and their split by channel */
  events: number;
  byChannel: Partial<Record<JourneyChannel, number>>;
  /** distinct customers of the cohort who reached this step */
  customers: number;
  /** share of the cohort that reached this step (null for an empty cohort) */
  cohortShare: number | null;
  /** customers at this step over customers at the step before (null for the first step or when the previous is zero) */
  conversion: number | null;
  dropOff: number | null;
};

export function buildFunnel(rows: readonly StepChannelCount[], cohort: CohortFunnel): FunnelRow[] {
  let previous: number | null = null;
  return FUNNEL_STEPS.map((step) => {
    const ofStep = rows.filter((r) => r.step === step);
    const events = ofStep.reduce((sum, r) => sum + r.events, 0);
    const byChannel: Partial<Record<JourneyChannel, number>> = {};
    for (const r of ofStep) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + r.events;
    const customers = cohort.reached[step];
    const conversion = previous ? customers / previous : null;
    previous = customers;
    const cohortShare = cohort.customers ? customers / cohort.customers : null;
    return { step, events, byChannel, customers, cohortShare, conversion, dropOff: conversion === null ? null : Math.max(0, 1 - conversion) };
  });
}

export function channelMix(rows: readonly StepChannelCount[]): Array<{ channel: JourneyChannel; events: number }> {
  const totals = new Map<JourneyChannel, number>();
  for (const r of rows) totals.set(r.channel, (totals.get(r.channel) ?? 0) + r.events);
  return [...totals].map(([channel, events]) => ({ channel, events })).sort((a, b) => b.events - a.events);
}

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ is quoted with a leading apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const ratio = (x: number | null) => (x === null ? null : x.toFixed(4));

/**
 * The funnel as CSV, plain numbers. Per step, one row per channel, then an `all` row.
 * - `events`: events of the period.
 * - `customer_days`: customers counted once per day, summed over the period (from the daily rollups).
 * - `cohort_customers` (on the `all` row): distinct customers of the cohort who reached the step;
 *   `step_conversion` and `step_drop_off` are measured on them.
 */
export function funnelCsv(rows: readonly StepChannelCount[], funnel: readonly FunnelRow[]): string {
  const lines = [['step', 'channel', 'events', 'customer_days', 'cohort_customers', 'step_conversion', 'step_drop_off'].join(',')];
  for (const f of funnel) {
    const ofStep = rows.filter((x) => x.step === f.step);
    for (const r of ofStep) lines.push([r.step, r.channel, r.events, r.customers, null, null, null].map(csvCell).join(','));
    const days = ofStep.reduce((sum, r) => sum + r.customers, 0);
    lines.push([f.step, 'all', f.events, days, f.customers, ratio(f.conversion), ratio(f.dropOff)].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
