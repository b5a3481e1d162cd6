import { statSync } from 'node:fs';
import path from 'node:path';
import { generateCar } from '../scripts/models/car';
import { CAR_SPECS } from '../scripts/models/specs';
import { round, type BenchRun, type Metrics } from './lib';

// Size of each committed car model (what a visitor downloads) and the cost of regenerating it.
export default (async () => {
  const metrics: Metrics = {};
  for (const spec of CAR_SPECS) {
    const file = path.resolve(import.meta.dirname, '../public/models', `${spec.code}.glb`);
    metrics[`${spec.code}.glb size`] = { value: round(statSync(file).size / (1024 * 1024)), unit: 'MB', target: '<= 1 MB' };
    const started = performance.now();
    const car = await generateCar(spec);
    metrics[`${spec.code} generate`] = { value: round(performance.now() - started, 0), unit: 'ms' };
    metrics[`${spec.code} vertices`] = { value: car.vertices, unit: 'count' };
  }
  return metrics;
}) satisfies BenchRun;
