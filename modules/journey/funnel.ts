import type { JourneyChannel, JourneyStep } from './events';

/** The sales funnel's steps in order; each step's conversion is measured against the one before. */
export const FUNNEL_STEPS = ['configure', 'save', 'test_drive', 'hold', 'order', 'deposit'] as const satisfies readonly JourneyStep[];

export type StepChannelCount = { step: JourneyStep; channel: JourneyChannel; events: number; customers: number };

export type FunnelRow = {
  step: JourneyStep;
  events: number;
  byChannel: Partial<Record<JourneyChannel, number>>;
  /** share of the previous step's events (null for the first step or when the previous is zero) */
  conversion: number | null;
  dropOff: number | null;
};

export function buildFunnel(rows: readonly StepChannelCount[]): FunnelRow[] {
  let previous: number | null = null;
  return FUNNEL_STEPS.map((step) => {
    const ofStep = rows.filter((r) => r.step === step);
    const events = ofStep.reduce((sum, r) => sum + r.events, 0);
    const byChannel: Partial<Record<JourneyChannel, number>> = {};
    for (const r of ofStep) byChannel[r.channel] = (byChannel[r.channel] ?? 0) + r.events;
    const conversion = previous ? events / previous : null;
    previous = events;
    return { step, events, byChannel, conversion, dropOff: conversion === null ? null : Math.max(0, 1 - conversion) };
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

/**
 * The funnel as CSV (one row per step and channel), plain numbers. `customer_days`: customers counted
 * once per day and summed over the period (kept fast by the daily rollups), so not distinct customers.
 */
export function funnelCsv(rows: readonly StepChannelCount[], funnel: readonly FunnelRow[]): string {
  const lines = [['step', 'channel', 'events', 'customer_days', 'step_conversion', 'step_drop_off'].join(',')];
  for (const f of funnel) {
    for (const r of rows.filter((x) => x.step === f.step)) {
      lines.push([r.step, r.channel, r.events, r.customers, f.conversion === null ? null : f.conversion.toFixed(4), f.dropOff === null ? null : f.dropOff.toFixed(4)].map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
