import { describe, expect, it } from 'vitest';
import { buildFunnel, channelMix, funnelCsv, type CohortFunnel, type StepChannelCount } from './funnel';

const rows: StepChannelCount[] = [
  { step: 'configure', channel: 'web', events: 80, customers: 70 },
  { step: 'configure', channel: 'kiosk', events: 20, customers: 0 },
  { step: 'save', channel: 'web', events: 40, customers: 40 },
  { step: 'save', channel: 'showroom', events: 10, customers: 10 },
  { step: 'test_drive', channel: 'showroom', events: 25, customers: 25 },
  { step: 'order', channel: 'web', events: 5, customers: 5 },
];

// 50 customers first seen in the period; a test drive without a saved configuration is possible.
const cohort: CohortFunnel = { customers: 50, reached: { configure: 40, save: 20, availability: 0, finance: 0, test_drive: 10, hold: 0, order: 4, deposit: 2 } };

describe('funnel', () => {
  it('counts events by step and channel, and converts on the cohort’s distinct customers', () => {
    const funnel = buildFunnel(rows, cohort);
    expect(funnel.map((f) => [f.step, f.events, f.customers])).toEqual([
      ['configure', 100, 40], ['save', 50, 20], ['availability', 0, 0], ['finance', 0, 0], ['test_drive', 25, 10], ['hold', 0, 0], ['order', 5, 4], ['deposit', 0, 2],
    ]);
    expect(funnel[0]).toMatchObject({ conversion: null, dropOff: null, cohortShare: 0.8 });
    expect(funnel[1]).toMatchObject({ conversion: 0.5, dropOff: 0.5, byChannel: { web: 40, showroom: 10 } });
    // After a step nobody reached, the next has no conversion (no division by zero).
    expect(funnel[4]?.conversion).toBeNull();
    expect(funnel[7]).toMatchObject({ conversion: 0.5, cohortShare: 0.04 });
  });
  it('never shows a negative drop-off when more customers reach a step than the one before', () => {
    const funnel = buildFunnel([], { customers: 3, reached: { ...cohort.reached, finance: 1, test_drive: 3 } });
    expect(funnel[4]).toMatchObject({ conversion: 3, dropOff: 0 });
  });
  it('has no shares for an empty cohort', () => {
    expect(buildFunnel(rows, { customers: 0, reached: { configure: 0, save: 0, availability: 0, finance: 0, test_drive: 0, hold: 0, order: 0, deposit: 0 } })[0]?.cohortShare).toBeNull();
  });
  it('mixes channels, largest first', () => {
    expect(channelMix(rows)[0]).toEqual({ channel: 'web', events: 125 });
  });
  it('writes a CSV row per step and channel and an `all` row with the cohort, neutralising spreadsheet formulas', () => {
    const csv = funnelCsv([...rows, { step: 'deposit', channel: 'web', events: 1, customers: 1 }], buildFunnel(rows, cohort));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('step,channel,events,customer_days,cohort_customers,step_conversion,step_drop_off');
    expect(lines).toContain('save,showroom,10,10,,,');
    expect(lines).toContain('save,all,50,50,20,0.5000,0.5000');
    expect(lines).toContain('configure,all,100,70,40,,');
    expect(lines).toContain('deposit,web,1,1,,,');
    expect(lines).toContain('hold,all,0,0,0,0.0000,1.0000');
  });
  it('quotes a cell that could run as a formula', () => {
    const csv = funnelCsv([{ step: 'configure', channel: '=cmd' as StepChannelCount['channel'], events: 1, customers: 1 }], buildFunnel([], cohort));
    expect(csv).toContain("configure,'=cmd,1,1,,,");
  });
});
