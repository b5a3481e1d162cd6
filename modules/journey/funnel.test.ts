import { describe, expect, it } from 'vitest';
import { buildFunnel, channelMix, funnelCsv, type StepChannelCount } from './funnel';

const rows: StepChannelCount[] = [
  { step: 'configure', channel: 'web', events: 80, customers: 70 },
  { step: 'configure', channel: 'kiosk', events: 20, customers: 0 },
  { step: 'save', channel: 'web', events: 40, customers: 40 },
  { step: 'save', channel: 'showroom', events: 10, customers: 10 },
  { step: 'test_drive', channel: 'showroom', events: 25, customers: 25 },
  { step: 'order', channel: 'web', events: 5, customers: 5 },
];

describe('funnel', () => {
  it('counts each step by channel with conversion and drop-off against the previous step', () => {
    const funnel = buildFunnel(rows);
    expect(funnel.map((f) => [f.step, f.events])).toEqual([['configure', 100], ['save', 50], ['test_drive', 25], ['hold', 0], ['order', 5], ['deposit', 0]]);
    expect(funnel[1]).toMatchObject({ conversion: 0.5, dropOff: 0.5, byChannel: { web: 40, showroom: 10 } });
    expect(funnel[0]?.conversion).toBeNull();
    expect(funnel[4]?.conversion).toBeNull();
  });
  it('mixes channels, largest first', () => {
    expect(channelMix(rows)[0]).toEqual({ channel: 'web', events: 125 });
  });
  it('writes a CSV row per step and channel, neutralising spreadsheet formulas', () => {
    const csv = funnelCsv([...rows, { step: 'deposit', channel: 'web', events: 1, customers: 1 }], buildFunnel(rows));
    expect(csv.split('\n')[0]).toBe('step,channel,events,customer_days,step_conversion,step_drop_off');
    expect(csv).toContain('save,showroom,10,10,0.5000,0.5000');
  });
});
