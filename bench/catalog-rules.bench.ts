import { cpus, loadavg } from 'node:os';
import { catalogue as virage } from '../modules/catalog/data';
import { proposeChange, type ConfigurationChange } from '../modules/catalog/change';
import { defaultConfiguration } from '../modules/catalog/normalize';
import { priceConfiguration, type PricingContext } from '../modules/catalog/pricing';
import { createSyntheticCatalogue } from '../modules/catalog/synthetic';
import type { Catalogue, Configuration } from '../modules/catalog/types';
import { percentile, round, sampleMs, type BenchRun, type Metrics } from './lib';

// "Rules + price for one option change": what a configurator click costs on the server —
// proposeChange (normalise the current configuration, apply the change, settle every rule)
// then priceConfiguration (re-check, price from codes, malus, EV aid) of the proposed result.

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A realistic starting point: the default car after a dozen accepted clicks. */
function busyConfiguration(cat: Catalogue, rnd: () => number): Configuration {
  const model = cat.models[0];
  if (!model) throw new Error('empty catalogue');
  let c = defaultConfiguration(cat, model.code);
  for (let accepted = 0, tries = 0; accepted < 12 && tries < 500; tries++) {
    const usePack = rnd() < 0.3 && cat.packs.length > 0;
    const list = usePack ? cat.packs : cat.options;
    const item = list[Math.floor(rnd() * list.length)];
    if (!item) continue;
    const p = proposeChange(cat, c, { type: usePack ? 'select-pack' : 'select-option', code: item.code });
    if (p.status === 'ok') {
      c = p.next;
      accepted++;
    }
  }
  return c;
}

function clicks(cat: Catalogue, c: Configuration, n: number, rnd: () => number): ConfigurationChange[] {
  return Array.from({ length: n }, () => {
    const roll = rnd();
    if (roll < 0.15 && c.options.length > 0) return { type: 'deselect-option', code: c.options[Math.floor(rnd() * c.options.length)] ?? '' };
    if (roll < 0.3) return { type: 'select-pack', code: cat.packs[Math.floor(rnd() * cat.packs.length)]?.code ?? '' };
    return { type: 'select-option', code: cat.options[Math.floor(rnd() * cat.options.length)]?.code ?? '' };
  });
}

/** Fixed dates: the bench measures rule checking and pricing, not the grids' calendar. */
const BENCH_CONTEXT: PricingContext = { today: '2026-12-06', registrationDate: '2026-12-06', basis: 'stock' };

async function measure(cat: Catalogue, iterations: number) {
  const rnd = lcg(2025);
  const start = busyConfiguration(cat, rnd);
  const click = (change: ConfigurationChange) => {
    const p = proposeChange(cat, start, change);
    return { ok: p.status === 'ok', total: priceConfiguration(cat, p.next, BENCH_CONTEXT).totalCents };
  };
  // Warm-up: one pass of other random clicks, so the JIT and the per-trim caches settle as in a
  // long-running server. The measured clicks are fresh ones from the same distribution.
  for (const change of clicks(cat, start, iterations, rnd)) click(change);
  const changes = clicks(cat, start, iterations, rnd);
  let i = 0;
  let ok = 0;
  const cpu0 = process.cpuUsage();
  const samples = await sampleMs(() => {
    const change = changes[i++];
    if (change && click(change).ok) ok++;
  }, iterations, 0);
  const cpu = process.cpuUsage(cpu0);
  // CPU time per change (process-wide, JIT and GC threads included), whatever else the machine runs.
  return { samples, start, okShare: ok / iterations, cpuMsPerChange: (cpu.user + cpu.system) / 1000 / iterations };
}

export default (async () => {
  const indexStart = process.hrtime.bigint();
  const synthetic = createSyntheticCatalogue({ options: 300, packs: 30, seed: 42 });
  const firstCall = proposeChange(synthetic, defaultConfiguration(synthetic), { type: 'select-option', code: 'o001' });
  const coldMs = Number(process.hrtime.bigint() - indexStart) / 1e6;
  if (!firstCall) throw new Error('no proposal');

  const big = await measure(synthetic, 3000);
  const small = await measure(virage, 3000);
  const metrics: Metrics = {
    synthetic_300_options_change_p50_ms: { value: round(percentile(big.samples, 50)), unit: 'ms' },
    synthetic_300_options_change_p95_ms: { value: round(percentile(big.samples, 95)), unit: 'ms', target: '<= 1 ms' },
    synthetic_300_options_change_p99_ms: { value: round(percentile(big.samples, 99)), unit: 'ms' },
    synthetic_selected_items: { value: big.start.options.length + big.start.packs.length, unit: 'items' },
    synthetic_changes_accepted_share: { value: round(big.okShare, 2), unit: 'ratio' },
    synthetic_cpu_per_change_mean_ms: { value: round(big.cpuMsPerChange), unit: 'ms' },
    synthetic_cold_build_and_first_change_ms: { value: round(coldMs, 1), unit: 'ms' },
    virage_change_p50_ms: { value: round(percentile(small.samples, 50)), unit: 'ms' },
    virage_change_p95_ms: { value: round(percentile(small.samples, 95)), unit: 'ms', target: '<= 1 ms' },
    // Wall-clock percentiles swing with other work on the machine: keep the load next to them.
    machine_load_1min: { value: round(loadavg()[0] ?? 0, 2), unit: 'runnable', baseline: cpus().length },
  };
  return metrics;
}) satisfies BenchRun;
